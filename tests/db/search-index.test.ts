import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editPrompt } from '../../lib/db/library';
import { listPrompts, type ListQuery } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { SearchIndex } from '../../lib/db/search-index';
import type { PromptRecord } from '../../lib/model';
import { generateLibrary } from '../export/generate';

/** The in-memory index the popup and the library search: the database's answers, from memory. */
describe('the search index', () => {
  let db: DetourDb;
  let name: string;

  beforeEach(() => {
    name = `search-${crypto.randomUUID()}`;
    db = openDb(name);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  /** Some pinned, some tagged, some sharing a time with another (ties ordered by id). */
  const library = (): PromptRecord[] =>
    generateLibrary(300, 120, 7).map((record, index) => ({
      ...record,
      ...(index % 11 === 0 && { pinned: true }),
      ...(index % 5 === 0 && { tags: ['work'] }),
      ...(index % 13 === 0 && { updatedAt: 1_000 }),
    }));

  const queries: ListQuery[] = [
    {},
    { limit: 30 },
    { search: 'CAFÉ' },
    { search: 'naïve   picnic', limit: 5 },
    { search: '日本語' },
    { search: '"quoted"' },
    { search: 'no such words' },
    { tag: 'work' },
    { tag: 'work', search: 'plan', pinnedFirst: true, limit: 12 },
    { pinnedFirst: true },
    { pinnedFirst: true, limit: 3 },
  ];

  it('finds what listPrompts finds, in the same order, for every kind of query', async () => {
    const records = library();
    await db.prompts.bulkPut(records);
    const index = new SearchIndex();
    index.put(records);
    for (const query of queries) {
      const expected = (await listPrompts(db, query)).map((record) => record.id);
      expect(index.find(query), JSON.stringify(query)).toEqual(expected);
    }
    expect(index.find({ search: 'café' }).length).toBeGreaterThan(10);
  });

  it('follows an edit, a newer copy and a delete', async () => {
    const records = library();
    await db.prompts.bulkPut(records);
    const index = new SearchIndex();
    index.put(records);
    const edited = await editPrompt(db, records[3]!.id, { text: 'Ｚebra crossing' }, 9e12);
    index.put([edited!]);
    expect(index.find({ search: 'zebra' })).toEqual([records[3]!.id]);
    expect(index.latest).toBe(9e12);
    index.remove([records[3]!.id]);
    expect(index.find({ search: 'zebra' })).toEqual([]);
    expect(index.size).toBe(records.length - 1);
  });

  it('says whether a put or a remove changed anything, and holds the prompts it finds', () => {
    const records = library();
    const index = new SearchIndex();
    expect(index.put(records)).toBe(true);
    // Read again as they are (the catch-up reads the newest prompt at every search): no change.
    expect(index.put(structuredClone(records.slice(0, 20)))).toBe(false);
    expect(index.put([{ ...records[4]!, status: 'failed' }])).toBe(true);
    expect(index.get([records[4]!.id, 'no-such-id', records[2]!.id])).toEqual([{ ...records[4]!, status: 'failed' }, records[2]]);
    expect(index.remove(['no-such-id'])).toBe(false);
    expect(index.remove([records[4]!.id])).toBe(true);
  });
});
