import type { ListQuery } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import type { SearchIndex } from '../db/search-index';
import type { PromptRecord } from '../model';

/**
 * Search in an extension page (the popup, the library): the page reads the database itself (it
 * shares the extension's origin) into a SearchIndex once, after its first screen is painted, and
 * answers each query from memory, prompts and all, with no database request before the answer.
 * Dexie and the index load only then, so the first screen never waits for them.
 *
 * The index stays right without being told of every change: after an answer is shown, `catchUp`
 * takes in every prompt saved or changed since the newest it holds (one indexed query, nearly
 * always only the newest prompt again) and reads the prompts shown again (one deleted or changed
 * elsewhere is then dropped or replaced); the page's own undo and import, which bring back older
 * prompts, name them to be read again (`reread`). When any of that changed the index, the page
 * asks again and shows the new answer.
 */

/** Prompts read per database request while the index loads: the page stays responsive between them. */
const LOAD_CHUNK = 2000;

export interface LibrarySearch {
  /** Starts reading the library (at most once); searches wait for it. */
  warm(): Promise<void>;
  /** The prompts the query finds, as listPrompts orders them, and how many it finds in all: from memory. */
  find(query: ListQuery & { readonly offset?: number }): Promise<{ prompts: PromptRecord[]; total: number }>;
  /** Takes in what changed in the database, and the prompts `shown` as they are now; says whether the index changed. */
  catchUp(shown: readonly string[]): Promise<boolean>;
  /** Prompts the page itself wrote with an older time (an undo, an import): read again at the next catch-up. */
  reread(ids: readonly string[]): void;
}

async function load(): Promise<{ db: DetourDb; index: SearchIndex }> {
  const [{ openDb }, { SearchIndex }] = await Promise.all([import('../db/schema'), import('../db/search-index')]);
  const db = openDb();
  const index = new SearchIndex();
  // In primary-key order, a chunk at a time: never the whole library as one array.
  for (let last: string | undefined; ; ) {
    const chunk = await (last === undefined ? db.prompts.orderBy(':id') : db.prompts.where(':id').above(last)).limit(LOAD_CHUNK).toArray();
    index.put(chunk);
    if (chunk.length < LOAD_CHUNK) break;
    last = chunk.at(-1)!.id;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { db, index };
}

export function librarySearch(): LibrarySearch {
  let loaded: Promise<{ db: DetourDb; index: SearchIndex }> | undefined;
  const pending: string[] = [];
  return {
    async warm() {
      loaded ??= load();
      await loaded;
    },
    reread: (ids) => void pending.push(...ids),
    async find(query) {
      loaded ??= load();
      const { index } = await loaded;
      const { limit, offset = 0, ...rest } = query;
      const ids = index.find(rest);
      return { prompts: index.get(ids.slice(offset, limit === undefined ? undefined : offset + limit)), total: ids.length };
    },
    async catchUp(shown) {
      loaded ??= load();
      const { db, index } = await loaded;
      const ids = [...new Set([...pending.splice(0), ...shown])];
      // One read transaction, both requests at once: one request round.
      const [again, since] = await db.transaction('r', db.prompts, () =>
        Promise.all([db.prompts.bulkGet(ids), db.prompts.where('updatedAt').aboveOrEqual(index.latest).toArray()]),
      );
      const removed = index.remove(ids.filter((_, at) => again[at] === undefined));
      const put = index.put([...again.filter((record) => record !== undefined), ...since]);
      return removed || put;
    },
  };
}
