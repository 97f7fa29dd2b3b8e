import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanTags, deletePrompts, editPrompt, listTags, pruneExpired, restorePrompts } from '../../lib/db/library';
import { listPrompts, savePrompt } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';
import type { PromptRecord } from '../../lib/model';

const DAY = 24 * 60 * 60 * 1000;
const record = (id: string, updatedAt: number, extra: Partial<PromptRecord> = {}): PromptRecord => ({
  id,
  site: 'chatgpt',
  text: `Prompt ${id}`,
  url: 'https://chatgpt.com/',
  createdAt: updatedAt,
  updatedAt,
  status: 'answered',
  ...extra,
});

describe('the library', () => {
  let db: DetourDb;
  let name: string;
  beforeEach(async () => {
    name = `library-${crypto.randomUUID()}`;
    db = openDb(name);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  it('keeps tags trimmed, each once whatever its case, without commas, and no more than 20', () => {
    expect(cleanTags(['  Work ', 'work', 'ideas, later', '', 'a  b'])).toEqual(['Work', 'ideas', 'later', 'a b']);
    expect(cleanTags(Array.from({ length: 30 }, (_, index) => `t${index}`))).toHaveLength(20);
  });

  it('edits text, tags and the pin, and the edit counts as the newest change', async () => {
    await db.prompts.add(record('a', 1000));
    const edited = await editPrompt(db, 'a', { text: 'Better words', tags: ['Work', 'work', ' ideas '], pinned: true }, 5000);
    expect(edited).toMatchObject({ text: 'Better words', tags: ['Work', 'ideas'], pinned: true, updatedAt: 5000 });
    // Unpinning and clearing the tags leave no empty fields behind.
    expect(await editPrompt(db, 'a', { pinned: false, tags: [] }, 6000)).not.toHaveProperty('pinned');
    expect(await db.prompts.get('a')).not.toHaveProperty('tags');
    // Blank text is no edit of the text.
    expect((await editPrompt(db, 'a', { text: '  ' }, 7000))?.text).toBe('Better words');
    expect(await editPrompt(db, 'gone', { pinned: true }, 7000)).toBeUndefined();
  });

  it('keeps a prompt\'s pin and tags while it is still being typed', async () => {
    await db.prompts.add(record('a', 1000, { pinned: true, tags: ['draft'] }));
    await savePrompt(db, { id: 'a', site: 'chatgpt', text: 'More text', url: 'https://chatgpt.com/', createdAt: 1000, sent: false }, 2000);
    expect(await db.prompts.get('a')).toMatchObject({ text: 'More text', pinned: true, tags: ['draft'] });
  });

  it('lists pinned prompts first, then the newest, and by tag', async () => {
    await db.prompts.bulkAdd([
      record('old-pinned', 1000, { pinned: true, tags: ['work'] }),
      record('new', 3000, { tags: ['home'] }),
      record('older', 2000, { tags: ['work', 'home'] }),
    ]);
    expect((await listPrompts(db, { pinnedFirst: true })).map((prompt) => prompt.id)).toEqual(['old-pinned', 'new', 'older']);
    expect((await listPrompts(db)).map((prompt) => prompt.id)).toEqual(['new', 'older', 'old-pinned']);
    expect((await listPrompts(db, { tag: 'home', pinnedFirst: true })).map((prompt) => prompt.id)).toEqual(['new', 'older']);
    expect((await listPrompts(db, { pinnedFirst: true, limit: 2 })).map((prompt) => prompt.id)).toEqual(['old-pinned', 'new']);
    expect(await listTags(db)).toEqual([
      { tag: 'home', count: 2 },
      { tag: 'work', count: 2 },
    ]);
  });

  it('deletes several prompts at once and puts them back as they were', async () => {
    await db.prompts.bulkAdd([record('a', 1000, { tags: ['x'] }), record('b', 2000), record('c', 3000)]);
    const gone = await deletePrompts(db, ['a', 'b', 'missing']);
    expect(gone.map((prompt) => prompt.id).sort()).toEqual(['a', 'b']);
    expect(await db.prompts.count()).toBe(1);
    expect(await restorePrompts(db, gone)).toBe(2);
    expect(await db.prompts.get('a')).toEqual(record('a', 1000, { tags: ['x'] }));
  });

  it('does not let an undo overwrite what was saved since', async () => {
    await db.prompts.add(record('a', 1000));
    const gone = await deletePrompts(db, ['a']);
    await db.prompts.add(record('a', 5000, { text: 'typed again since' }));
    expect(await restorePrompts(db, gone)).toBe(0);
    expect((await db.prompts.get('a'))?.text).toBe('typed again since');
  });

  it('forgets prompts not changed for longer than the retention, but never a pinned one', async () => {
    const now = 100 * DAY;
    await db.prompts.bulkAdd([
      record('fresh', now - 10 * DAY),
      record('stale', now - 40 * DAY),
      record('stale-pinned', now - 400 * DAY, { pinned: true }),
    ]);
    expect(await pruneExpired(db, 0, now)).toBe(0);
    expect(await pruneExpired(db, 30, now)).toBe(1);
    expect((await db.prompts.toCollection().primaryKeys()).sort()).toEqual(['fresh', 'stale-pinned']);
  });
});
