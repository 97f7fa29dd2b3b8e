import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ListQuery } from '../db/prompts';
import type { PromptRecord } from '../model';
import { librarySearch } from './library-search';

export interface PromptQuery extends ListQuery {
  /** Matches skipped before the first one listed (a window further down a long list). */
  readonly offset?: number;
}

export interface QueryAnswer {
  readonly prompts: PromptRecord[];
  /** How many prompts the query finds in all; unknown for the first screen. */
  readonly total: number | undefined;
}

/**
 * The prompts a page lists for a query. The first screen comes from the background at once
 * (`firstScreen`, the newest few by index); once it is painted, the page reads the library into
 * its search index (lib/ui/library-search.ts), which answers every query after that from memory.
 *
 * Queries never pile up: while one is answered, a newer one waits, and only the newest of those
 * that came meanwhile is asked next; an answer to an older query than the one shown is dropped.
 * Typing stays at the speed of the keyboard whatever the library's size.
 */
export function usePromptQuery(
  query: PromptQuery,
  firstScreen: (query: PromptQuery) => Promise<PromptRecord[]>,
  onError: (error: unknown) => void,
): readonly [QueryAnswer | undefined, (reread?: readonly string[]) => void] {
  const search = useMemo(librarySearch, []);
  const [answer, setAnswer] = useState<QueryAnswer>();
  const indexed = useRef(false);
  const wanted = useRef(query);
  wanted.current = query;
  const busy = useRef(false);
  const again = useRef(false);
  const asked = useRef(0);

  const ask = useCallback(() => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    const current = wanted.current;
    const ticket = ++asked.current;
    const plain = !current.search && current.tag === undefined && !current.offset;
    const answered: Promise<QueryAnswer> =
      plain && !indexed.current ? firstScreen(current).then((prompts) => ({ prompts, total: undefined })) : search.find(current);
    void answered
      .then((found) => ticket === asked.current && setAnswer(found), onError)
      .finally(() => {
        busy.current = false;
        if (!again.current) return;
        again.current = false;
        ask();
      });
    // firstScreen and onError are read when asked: a page's new closures change nothing here.
  }, [search]);

  const key = JSON.stringify(query);
  useEffect(ask, [key, ask]);

  // The first screen is on the page: now read the library, after that frame is painted.
  const shown = answer !== undefined;
  useEffect(() => {
    if (!shown || indexed.current) return;
    indexed.current = true;
    // Asked again once it is read: the list learns how many prompts the query finds in all.
    requestAnimationFrame(() => setTimeout(() => void search.warm().then(ask, onError), 0));
  }, [shown, search, ask]);

  const refresh = useCallback(
    (reread: readonly string[] = []) => {
      search.reread(reread);
      ask();
    },
    [search, ask],
  );
  return [answer, refresh] as const;
}
