import Dexie, { type EntityTable } from 'dexie';
import type { FailurePlace, PromptRecord, Sighting } from '../model';

/**
 * Detour's database, in the extension's own origin, owned by the background. Every schema
 * version stays declared here, oldest first, with its upgrade; tests/db/migrations.test.ts
 * opens an example database of each version (tests/fixtures/db/) and migrates it. The shapes
 * stored are the domain's (lib/model.ts).
 */

export const DB_NAME = 'detour';

export type DetourDb = Dexie & {
  prompts: EntityTable<PromptRecord, 'id'>;
  sightings: EntityTable<Sighting, 'id'>;
};

/** Declares every schema version on a Dexie instance. */
export function declareSchema(db: Dexie): void {
  // Version 1: prompts, newest first, by site and by status.
  db.version(1).stores({
    prompts: 'id, updatedAt, [site+updatedAt], status',
  });
  // Version 2: failures seen per site, for "Detour saw 3 failures in the last hour". Nothing to
  // carry over: the table starts empty and prompts are untouched.
  db.version(2).stores({
    sightings: '++id, at, [site+at]',
  });
  // Version 3: a sighting is a failure as detection saw it (with its place), like everywhere else.
  // Version 2 kept no place; it follows from the kind where it can, and an error or a limit was
  // most often seen in the conversation.
  db.version(3)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('sightings')
        .toCollection()
        .modify((sighting: { kind: string; place?: FailurePlace }) => {
          sighting.place ??= sighting.kind === 'network' ? 'network' : sighting.kind === 'page' ? 'page' : 'turn';
        }),
    );
}

export const CURRENT_VERSION = 3;

export function openDb(name = DB_NAME): DetourDb {
  const db = new Dexie(name) as DetourDb;
  declareSchema(db);
  return db;
}

/** Opens the database for one task and closes it after: Detour's own pages exporting or importing. */
export async function withDb<T>(task: (db: DetourDb) => Promise<T>): Promise<T> {
  const db = openDb();
  try {
    return await task(db);
  } finally {
    db.close();
  }
}
