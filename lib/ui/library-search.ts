import type { ListQuery } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import type { SearchIndex } from '../db/search-index';
import type { PromptRecord } from '../model';

/**
 * Search in an extension page (the popup, the library): the page reads the database itself (it
 * shares the extension's origin) into a SearchIndex once, after its first screen is painted, and
 * answers each query from memory. Dexie and the index load only then, so the first screen never
 * waits for them.
 *
 * The index stays right without being told of every change: before each search it takes in every
 * prompt saved or changed since the newest it holds (one indexed query, nearly always empty); a
 * prompt deleted elsewhere is dropped when it is not found; the page's own undo and import, which
 * bring back older prompts, name them to be read again (`reread`).
 */

/** Prompts read per database request while the index loads: the page stays responsive between them. */
const LOAD_CHUNK = 2000;

export interface LibrarySearch {
  /** Starts reading the library (at most once); searches wait for it. */
  warm(): Promise<void>;
  /** The prompts the query finds, as listPrompts orders them, and how many it finds in all. */
  find(query: ListQuery & { readonly offset?: number }): Promise<{ prompts: PromptRecord[]; total: number }>;
  /** Prompts the page itself wrote with an older time (an undo, an import): read again before the next search. */
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
  /** Brings the index up to date; inside the search's own read transaction, so one request round. */
  const catchUp = async (db: DetourDb, index: SearchIndex) => {
    const ids = pending.splice(0);
    if (ids.length > 0) {
      const again = await db.prompts.bulkGet(ids);
      index.remove(ids.filter((_, at) => again[at] === undefined));
      index.put(again.filter((record) => record !== undefined));
    }
    index.put(await db.prompts.where('updatedAt').aboveOrEqual(index.latest).toArray());
  };
  return {
    async warm() {
      loaded ??= load();
      await loaded;
    },
    reread: (ids) => void pending.push(...ids),
    async find(query) {
      loaded ??= load();
      const { db, index } = await loaded;
      const { limit, offset = 0, ...rest } = query;
      return db.transaction('r', db.prompts, async () => {
        await catchUp(db, index);
        for (;;) {
          const ids = index.find(rest);
          const wanted = ids.slice(offset, limit === undefined ? undefined : offset + limit);
          const records = await db.prompts.bulkGet(wanted);
          const gone = wanted.filter((_, at) => records[at] === undefined);
          if (gone.length === 0) return { prompts: records as PromptRecord[], total: ids.length };
          index.remove(gone);
        }
      });
    },
  };
}
