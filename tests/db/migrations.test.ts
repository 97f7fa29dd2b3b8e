import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, openDb } from '../../lib/db/schema';
import { FIXTURE_ROOT } from '../fixtures';

/**
 * Every schema version has an example database in tests/fixtures/db/v<N>.json: the stores as that
 * version declared them and rows as that version wrote them. Each is created with its own schema,
 * then opened by the current code, which must migrate it without losing a row.
 */
interface Example {
  readonly version: number;
  readonly stores: Record<string, string>;
  readonly rows: Record<string, unknown[]>;
  /** What the current version must read back, per store. */
  readonly expected: Record<string, unknown[]>;
  /** From version 4: the prompt ids the tags index must find, per tag. */
  readonly tagged?: Record<string, string[]>;
}

const examples: Example[] = readdirSync(join(FIXTURE_ROOT, 'db'))
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(FIXTURE_ROOT, 'db', name), 'utf8')) as Example);

describe('database migrations', () => {
  it('has an example database for every version', () => {
    expect(examples.map((example) => example.version).sort()).toEqual(
      Array.from({ length: CURRENT_VERSION }, (_, index) => index + 1),
    );
  });

  it.each(examples.map((example) => [example.version, example] as const))('migrates a version %i database', async (version, example) => {
    const name = `migrate-v${version}-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(version).stores(example.stores);
    await old.open();
    for (const [store, rows] of Object.entries(example.rows)) await old.table(store).bulkAdd(rows);
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    for (const [store, rows] of Object.entries(example.expected)) {
      expect(await db.table(store).orderBy(':id').toArray()).toEqual(rows);
    }
    for (const [tag, ids] of Object.entries(example.tagged ?? {})) {
      expect((await db.prompts.where('tags').equals(tag).primaryKeys()).sort(), tag).toEqual(ids);
    }
    db.close();
    await Dexie.delete(name);
  });
});
