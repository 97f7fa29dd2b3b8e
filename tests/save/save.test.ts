import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { KEPT_ALARM, keptPrompts, landKept, saveOrKeep } from '../../lib/save/kept';
import { continuesPrompt, forgetAllTabDrafts, forgetTabDraft, noteTabDraft, resumeDraft } from '../../lib/save/tab-drafts';

const draft = (id: string, text: string, sent = false) =>
  ({ id, site: 'chatgpt', text, url: 'https://chatgpt.com/', createdAt: 100, sent }) as const;
const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('a prompt the disk refuses', () => {
  let db: DetourDb;
  let name: string;

  beforeEach(async () => {
    name = `test-${crypto.randomUUID()}`;
    db = openDb(name);
    await db.open();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(name);
  });

  it('is kept in session memory, passed on as a full disk, and written with its own time once there is room', async () => {
    const put = vi.spyOn(db.prompts, 'put').mockRejectedValue(quota());
    await expect(saveOrKeep(db, draft('a', 'Plan a picnic', true), 1000)).rejects.toThrow('quota');
    expect(await keptPrompts()).toEqual([{ input: draft('a', 'Plan a picnic', true), at: 1000 }]);
    expect(await fakeBrowser.alarms.get(KEPT_ALARM)).toBeDefined();
    // Still full: it stays kept.
    expect(await landKept(db)).toBe(1);
    put.mockRestore();
    expect(await landKept(db)).toBe(0);
    expect(await db.prompts.get('a')).toMatchObject({ text: 'Plan a picnic', status: 'sent', sentAt: 1000, updatedAt: 1000 });
    expect(await keptPrompts()).toEqual([]);
    expect(await fakeBrowser.alarms.get(KEPT_ALARM)).toBeUndefined();
  });

  it('is written when any later save lands (the space is back)', async () => {
    vi.spyOn(db.prompts, 'put').mockRejectedValueOnce(quota());
    await expect(saveOrKeep(db, draft('a', 'first prompt', true), 1000)).rejects.toThrow();
    await saveOrKeep(db, draft('b', 'second prompt'), 2000);
    await vi.waitFor(async () => expect(await db.prompts.get('a')).toMatchObject({ text: 'first prompt', status: 'sent' }));
  });

  it('never writes over a newer save of the same prompt', async () => {
    vi.spyOn(db.prompts, 'put').mockRejectedValueOnce(quota());
    await expect(saveOrKeep(db, draft('a', 'old text'), 1000)).rejects.toThrow();
    await saveOrKeep(db, draft('a', 'newer text'), 2000);
    await landKept(db);
    expect(await db.prompts.get('a')).toMatchObject({ text: 'newer text' });
    expect(await keptPrompts()).toEqual([]);
  });

  it('opens the database again when the browser closed it after a full disk (Firefox), and keeps any failed save', async () => {
    const closed = Object.assign(new Error('A mutation operation was attempted on a database that did not allow mutations.'), {
      name: 'InvalidStateError',
    });
    vi.spyOn(db.prompts, 'put').mockRejectedValueOnce(closed);
    await saveOrKeep(db, draft('a', 'after the quota error'), 1000);
    expect(await db.prompts.get('a')).toMatchObject({ text: 'after the quota error' });
    vi.spyOn(db.prompts, 'put').mockRejectedValue(new Error('disk trouble'));
    await expect(saveOrKeep(db, draft('b', 'any failure'), 2000)).rejects.toThrow('disk trouble');
    expect((await keptPrompts()).map(({ input }) => input.id)).toEqual(['b']);
  });

  it('keeps a send a send when a later draft save of it fails too', async () => {
    vi.spyOn(db.prompts, 'put').mockRejectedValue(quota());
    await expect(saveOrKeep(db, draft('a', 'text', true), 1000)).rejects.toThrow();
    await expect(saveOrKeep(db, draft('a', 'text'), 1100)).rejects.toThrow();
    expect((await keptPrompts())[0]?.input.sent).toBe(true);
  });
});

describe('the prompt a tab is writing', () => {
  let db: DetourDb;
  let name: string;

  beforeEach(async () => {
    name = `test-${crypto.randomUUID()}`;
    db = openDb(name);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  it('is carried on by a new copy of the script whose composer begins with its text', async () => {
    await noteTabDraft(5, draft('a', 'Hello wor'));
    await saveOrKeep(db, draft('a', 'Hello wor'), 1000);
    expect(await resumeDraft(db, 5, { site: 'chatgpt', head: 'Hello world' })).toEqual({ id: 'a', createdAt: 100 });
    // Another tab, another site, another prompt: none of them.
    expect(await resumeDraft(db, 6, { site: 'chatgpt', head: 'Hello world' })).toBeUndefined();
    expect(await resumeDraft(db, 5, { site: 'claude', head: 'Hello world' })).toBeUndefined();
    expect(await resumeDraft(db, 5, { site: 'chatgpt', head: 'Goodbye' })).toBeUndefined();
  });

  it('is over once sent, or once the tab is closed', async () => {
    await noteTabDraft(5, draft('a', 'Hello'));
    await saveOrKeep(db, draft('a', 'Hello'), 1000);
    await noteTabDraft(5, draft('a', 'Hello', true));
    expect(await resumeDraft(db, 5, { site: 'chatgpt', head: 'Hello' })).toBeUndefined();
    await noteTabDraft(5, draft('b', 'Again'));
    await saveOrKeep(db, draft('b', 'Again'), 1000);
    await forgetTabDraft(5);
    expect(await resumeDraft(db, 5, { site: 'chatgpt', head: 'Again' })).toBeUndefined();
  });

  it('survives an update of Detour (which empties session storage), not a new browser session', async () => {
    await noteTabDraft(5, draft('a', 'Hello'));
    await saveOrKeep(db, draft('a', 'Hello'), 1000);
    await fakeBrowser.storage.session.clear();
    expect(await resumeDraft(db, 5, { site: 'chatgpt', head: 'Hello there' })).toEqual({ id: 'a', createdAt: 100 });
    await forgetAllTabDrafts();
    expect(await resumeDraft(db, 5, { site: 'chatgpt', head: 'Hello there' })).toBeUndefined();
  });

  it('is found when its only copy is the one kept from a full disk', async () => {
    vi.spyOn(db.prompts, 'put').mockRejectedValueOnce(quota());
    await noteTabDraft(5, draft('a', 'Hello'));
    await expect(saveOrKeep(db, draft('a', 'Hello'), 1000)).rejects.toThrow();
    expect(await resumeDraft(db, 5, { site: 'chatgpt', head: 'Hello there' })).toEqual({ id: 'a', createdAt: 100 });
  });

  it('matches texts that begin alike, and no empty text', () => {
    expect(continuesPrompt('Hello wor', 'Hello world')).toBe(true);
    expect(continuesPrompt('Hello world and more', 'Hello world')).toBe(true);
    expect(continuesPrompt('Hello', 'Goodbye')).toBe(false);
    expect(continuesPrompt('', 'x')).toBe(false);
  });
});
