import { useCallback, useState } from 'preact/hooks';

/**
 * A page's "working…" state for a task that takes a while (an export, an import): `busy` while
 * one runs, so its buttons can be disabled, whatever way it ends.
 */
export function useBusy(): readonly [boolean, <T>(task: () => Promise<T>) => Promise<T>] {
  const [busy, setBusy] = useState(false);
  const whileBusy = useCallback(async <T,>(task: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await task();
    } finally {
      setBusy(false);
    }
  }, []);
  return [busy, whileBusy] as const;
}
