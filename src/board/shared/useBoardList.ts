/**
 * The board's own paged list (first page, more on demand, refresh, one item replaced after a moderation step). Kept
 * here rather than reusing usePaged so the small board package does not pull immer and the app package's list parts
 * into the main package every launch downloads.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../services/api';

export interface BoardList<T> {
  items: T[];
  /** True until the first page answered or failed. */
  initial: boolean;
  loading: boolean;
  hasMore: boolean;
  error: string | null;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  replace: (match: (item: T) => boolean, next: T) => void;
}

export function useBoardList<T, P extends { items: T[]; nextCursor: string | null }>(
  fetch: (cursor: string | undefined) => Promise<P>,
  deps: unknown[],
  onPage?: (page: P) => void,
): BoardList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [initial, setInitial] = useState(true);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);

  const load = useCallback(async (from: string | undefined) => {
    const mine = from ? ticket.current : ++ticket.current;
    setLoading(true);
    try {
      const page = await fetch(from);
      if (mine !== ticket.current) return;
      onPage?.(page);
      setItems((prev) => (from ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (e) {
      if (mine === ticket.current) setError(messageOf(e));
    } finally {
      if (mine === ticket.current) {
        setLoading(false);
        setInitial(false);
      }
    }
  }, deps);

  useEffect(() => void load(undefined), [load]);

  return {
    items,
    initial,
    loading,
    hasMore: cursor !== null,
    error,
    refresh: () => load(undefined),
    loadMore: async () => {
      if (cursor && !loading) await load(cursor);
    },
    replace: (match, next) => setItems((prev) => prev.map((i) => (match(i) ? next : i))),
  };
}
