import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
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
 * Each answer is shown at once; then the index catches up with the database, and only if that
 * changed anything is the query asked again. After the page's own change (`refresh`) the catch-up
 * comes first, so a prompt it deleted is never shown again.
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
  const shownIds = useRef<readonly string[]>([]);
  const busy = useRef(false);
  const again = useRef(false);
  const checkAgain = useRef(false);
  const asked = useRef(0);

  const ask = useCallback(
    (checkFirst = false) => {
      if (busy.current) {
        again.current = true;
        checkAgain.current ||= checkFirst;
        return;
      }
      busy.current = true;
      const current = wanted.current;
      const ticket = ++asked.current;
      const plain = !current.search && current.tag === undefined && !current.offset;
      const fromIndex = !plain || indexed.current;
      const answered: Promise<QueryAnswer> = !fromIndex
        ? firstScreen(current).then((prompts) => ({ prompts, total: undefined }))
        : checkFirst
          ? search.catchUp(shownIds.current).then(() => search.find(current))
          : search.find(current);
      void answered
        .then((found) => {
          if (ticket !== asked.current) return;
          shownIds.current = found.prompts.map((prompt) => prompt.id);
          setAnswer(found);
          if (!fromIndex || checkFirst) return;
          // Shown from memory; now what changed in the database meanwhile, asked again only if anything did.
          void search.catchUp(shownIds.current).then((changed) => changed && ask(), onError);
        }, onError)
        .finally(() => {
          busy.current = false;
          if (!again.current) return;
          const check = checkAgain.current;
          again.current = checkAgain.current = false;
          ask(check);
        });
      // firstScreen and onError are read when asked: a page's new closures change nothing here.
    },
    [search],
  );

  const key = JSON.stringify(query);
  // Asked as soon as the query is rendered, before the frame is painted: useEffect would wait for
  // the next frame, up to 16 ms, before the search even starts.
  useLayoutEffect(() => ask(), [key, ask]);

  // The first screen is on the page: now read the library, after that frame is painted.
  const shown = answer !== undefined;
  useEffect(() => {
    if (!shown || indexed.current) return;
    indexed.current = true;
    // Asked again once it is read: the list learns how many prompts the query finds in all.
    requestAnimationFrame(() => setTimeout(() => void search.warm().then(() => ask(), onError), 0));
  }, [shown, search, ask]);

  const refresh = useCallback(
    (reread: readonly string[] = []) => {
      search.reread(reread);
      ask(true);
    },
    [search, ask],
  );
  return [answer, refresh] as const;
}
