/**
 * Loads data for a screen: loading, error and data states, and a reload. Errors keep the last good data so a
 * dropped network never leaves the screen blank or spinning, and a failed load is tried again when the network returns.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../services/api';
import { useNetworkReturn } from './useNetworkReturn';

export interface RequestState<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  reload: () => Promise<void>;
  /** Replace the data after an action returned its new version. */
  setData: (data: T) => void;
}

export function useRequest<T>(load: () => Promise<T>, deps: unknown[] = []): RequestState<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const value = await load();
      if (ticket === latest.current) {
        setData(value);
        setError(null);
      }
    } catch (e) {
      if (ticket === latest.current) setError(messageOf(e));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, deps);

  useEffect(() => {
    void reload();
  }, [reload]);

  const failed = useRef(false);
  failed.current = error !== null;
  useNetworkReturn(() => void (failed.current && reload()));

  return { data, loading, error, reload, setData };
}
