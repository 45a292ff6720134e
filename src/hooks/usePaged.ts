/**
 * A list read page by page with the server's keyset cursor: first page, more on scroll, refresh on pull,
 * and in-place updates of one item (immer) after an action on it.
 */
import { produce } from 'immer';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../types/views';
import { messageOf } from '../services/api';

export interface Paged<T> {
  items: T[];
  loading: boolean;
  /** True until the first page answered (show the skeleton). */
  initial: boolean;
  hasMore: boolean;
  error: string | null;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  update: (match: (item: T) => boolean, next: T | null) => void;
}

export function usePaged<T, P extends Page<T> = Page<T>>(
  fetch: (cursor: string | undefined) => Promise<P>,
  deps: unknown[],
  onPage?: (page: P) => void,
): Paged<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [initial, setInitial] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const load = useCallback(
    async (from: string | undefined, reset: boolean) => {
      const ticket = reset ? ++generation.current : generation.current;
      setLoading(true);
      try {
        const page = await fetch(from);
        if (ticket !== generation.current) return;
        onPage?.(page);
        setItems((prev) => (reset ? page.items : [...prev, ...page.items]));
        setCursor(page.nextCursor);
        setError(null);
      } catch (e) {
        if (ticket === generation.current) setError(messageOf(e));
      } finally {
        if (ticket === generation.current) {
          setLoading(false);
          setInitial(false);
        }
      }
    },
    deps,
  );

  useEffect(() => {
    setInitial(true);
    void load(undefined, true);
  }, [load]);

  return {
    items,
    loading,
    initial,
    hasMore: cursor !== null,
    error,
    refresh: () => load(undefined, true),
    loadMore: async () => {
      if (cursor && !loading) await load(cursor, false);
    },
    update: (match, next) =>
      setItems((prev) =>
        produce(prev, (draft) => {
          const i = prev.findIndex(match);
          if (i < 0) return;
          if (next === null) draft.splice(i, 1);
          else (draft as T[])[i] = next;
        }),
      ),
  };
}
