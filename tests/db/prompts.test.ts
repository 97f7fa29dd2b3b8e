import Dexie from 'dexie';
import type { PromptRecord } from '../../lib/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastAnswers, listPrompts, mergePrompts, recordOutcome, rescuePrompt, savePrompt } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';

const failure = { kind: 'error', place: 'turn', text: 'Something went wrong' } as const;

describe('prompt queries', () => {
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

  const draft = (id: string, text: string, sent = false) =>
    ({ id, site: 'chatgpt', text, url: 'https://chatgpt.com/', createdAt: 100, sent }) as const;

  it('updates one record per prompt in place, and marks it sent', async () => {
    await savePrompt(db, draft('a', 'Hel'), 1000);
    await savePrompt(db, draft('a', 'Hello'), 1300);
    await savePrompt(db, draft('a', 'Hello there', true), 2000);
    const all = await db.prompts.toArray();
    expect(all).toEqual([
      { id: 'a', site: 'chatgpt', text: 'Hello there', url: 'https://chatgpt.com/', createdAt: 100, updatedAt: 2000, sentAt: 2000, status: 'sent' },
    ]);
  });

  it('knows when each chatbot last answered, counting only answers since the given time', async () => {
    const sent = (id: string, site: 'chatgpt' | 'claude' | 'poe', at: number, outcome: 'answered' | 'failed') =>
      savePrompt(db, { id, site, text: id, url: 'u', createdAt: at, sent: true }, at).then(() =>
        recordOutcome(db, id, outcome === 'answered' ? { outcome, url: 'u' } : { outcome, failure, url: 'u' }, at),
      );
    await sent('old', 'chatgpt', 1000, 'answered');
    await sent('newer', 'chatgpt', 3000, 'answered');
    await sent('failed-later', 'chatgpt', 4000, 'failed');
    await sent('too-old', 'claude', 500, 'answered');
    await sent('only-failed', 'poe', 3500, 'failed');
    await savePrompt(db, draft('typed', 'Hi'), 3800);
    expect(await lastAnswers(db, ['chatgpt', 'claude', 'poe'], 900)).toEqual({ chatgpt: 3000 });
  });

  it('never lets a late draft save take back a send or an outcome', async () => {
    await savePrompt(db, draft('a', 'Hi', true), 1000);
    await recordOutcome(db, 'a', { outcome: 'failed', failure, url: 'https://chatgpt.com/c/1' }, 1500);
    await savePrompt(db, draft('a', 'Hi'), 1600);
    expect(await db.prompts.get('a')).toMatchObject({ status: 'failed', failure: { ...failure, at: 1500 } });
  });

  it('records outcomes with the conversation the prompt ended up in', async () => {
    await savePrompt(db, draft('a', 'Hi', true), 1000);
    expect(await recordOutcome(db, 'a', { outcome: 'answered', url: 'https://chatgpt.com/c/42' }, 3000)).toBe(true);
    expect(await db.prompts.get('a')).toMatchObject({ status: 'answered', url: 'https://chatgpt.com/c/42' });
    expect(await recordOutcome(db, 'missing', { outcome: 'answered', url: '' }, 3000)).toBe(false);
  });

  it('attaches a failure found on a reloaded page to the prompt saved when it was typed', async () => {
    await savePrompt(db, draft('typed', 'Plan  a picnic', true), 1000);
    const id = await rescuePrompt(db, { id: 'new', site: 'chatgpt', text: 'plan a picnic', url: 'https://chatgpt.com/c/7', failure }, 5000);
    expect(id).toBe('typed');
    expect(await db.prompts.count()).toBe(1);
    expect(await db.prompts.get('typed')).toMatchObject({ status: 'failed', url: 'https://chatgpt.com/c/7' });
  });

  it('keeps a failed prompt from the page when Detour never saw it typed', async () => {
    const context = [{ author: 'user', text: 'earlier' }] as const;
    const id = await rescuePrompt(db, { id: 'new', site: 'chatgpt', text: 'From the page', url: 'u', failure, context }, 5000);
    expect(id).toBe('new');
    expect(await db.prompts.get('new')).toMatchObject({ text: 'From the page', status: 'failed', context });
  });

  it('lists newest first, finds words in any case and order, and limits', async () => {
    await savePrompt(db, draft('a', 'Bake sourdough bread'), 1000);
    await savePrompt(db, draft('b', 'Brew coffee'), 2000);
    await savePrompt(db, draft('c', 'BREAD and coffee'), 3000);
    expect((await listPrompts(db)).map((p) => p.id)).toEqual(['c', 'b', 'a']);
    expect((await listPrompts(db, { search: 'bread' })).map((p) => p.id)).toEqual(['c', 'a']);
    expect((await listPrompts(db, { search: 'coffee bread' })).map((p) => p.id)).toEqual(['c']);
    expect((await listPrompts(db, { search: 'coffee', limit: 1 })).map((p) => p.id)).toEqual(['c']);
  });

  it('merges imports: adds new, replaces older copies, keeps newer local ones', async () => {
    await savePrompt(db, draft('a', 'local old'), 1000);
    await savePrompt(db, draft('b', 'local new'), 9000);
    const base = { site: 'chatgpt', url: '', createdAt: 1, status: 'draft' } as const;
    const imported: PromptRecord[] = [
      { ...base, id: 'a', text: 'imported newer', updatedAt: 5000 },
      { ...base, id: 'b', text: 'imported older', updatedAt: 5000 },
      { ...base, id: 'c', text: 'imported only', updatedAt: 5000 },
    ];
    expect(await mergePrompts(db, imported)).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await listPrompts(db)).map((p) => p.text).sort()).toEqual(['imported newer', 'imported only', 'local new']);
  });

  it('stores large prompts and any Unicode unchanged', async () => {
    const text = `${'🙂 שלום مرحبا 你好 '.repeat(20_000)}\u0000\u200d\ufeff`;
    await savePrompt(db, draft('big', text), 1000);
    expect((await db.prompts.get('big'))?.text).toBe(text);
  });
});
