import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionPage, readBadge, sendAs } from '../setup';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { createHandlers } from '../../lib/messaging/handlers';
import { errorCode, type MessageType, type Request, sendMessage } from '../../lib/messaging/protocol';
import { handleMessages } from '../../lib/messaging/serve';
import { saveSettings } from '../../lib/settings';

const CHAT = 'https://chatgpt.com/c/1';

interface Reply {
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
  readonly code?: string;
}

/** The background as the content script and popup see it: messages in, replies out. */
describe('background handlers', () => {
  let db: DetourDb;
  let name: string;
  let now: number;
  let stop: ReturnType<typeof handleMessages>;

  beforeEach(async () => {
    name = `handlers-${crypto.randomUUID()}`;
    db = openDb(name);
    now = 1_000_000;
    stop = handleMessages(createHandlers(db, () => now));
  });
  afterEach(async () => {
    stop();
    db.close();
    await Dexie.delete(name);
  });

  /** Sends a message through the protocol, from a ChatGPT tab when `tabId` is given, as a reply record. */
  const ask = <K extends MessageType>(type: K, data: Request<K>, tabId?: number) =>
    sendAs(tabId === undefined ? extensionPage() : { tab: { id: tabId }, url: CHAT }, () => sendMessage(type, data)).then(
      (value): Reply => ({ ok: true, value }),
      (error: Error): Reply => ({ ok: false, error: error.message, code: errorCode(error) }),
    );

  it("ignores messages that are not Detour's, so other listeners can answer", async () => {
    const send = fakeBrowser.runtime.sendMessage as unknown as (message: unknown) => Promise<unknown>;
    // Not an envelope, and an envelope of a type the background does not answer: no listener takes either.
    await expect(send({ hello: 'world' })).rejects.toThrow('Receiving end does not exist');
    await expect(send({ type: 'delivery.ready', data: {} })).rejects.toThrow('Receiving end does not exist');
  });

  it('saves a typed prompt and lists it', async () => {
    await ask('prompt.save', { id: 'p1', site: 'chatgpt', text: 'Hello', url: CHAT, createdAt: 5, sent: false }, 3);
    const reply = await ask('prompts.list', {});
    expect(reply).toMatchObject({ ok: true, value: [{ id: 'p1', text: 'Hello', status: 'draft' }] });
  });

  it('writes one prompt\'s saves in the order they came, however long each takes', async () => {
    // The first save's note of the tab's draft is slow: the second save must still land last.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return set(items);
    });
    const save = (text: string) => ask('prompt.save', { id: 'p1', site: 'chatgpt', text, url: CHAT, createdAt: 5, sent: false }, 3);
    await Promise.all([save('Plan a pic'), save('Plan a picnic')]);
    expect(await db.prompts.get('p1')).toMatchObject({ text: 'Plan a picnic' });
  });

  it('sets the tab\'s badge and title from its report', async () => {
    const failure = { kind: 'error', place: 'turn', text: 'Something went wrong while generating the response.' } as const;
    await ask('tab.report', { site: 'chatgpt', url: 'https://chatgpt.com/c/1', health: { status: 'failed', failure }, promptId: 'p1' }, 7);
    expect(await readBadge(7)).toEqual({ text: '!', title: 'Detour: ChatGPT failed: Something went wrong while generating the response.' });
    expect(await ask('tab.get', { tabId: 7 })).toMatchObject({ ok: true, value: { tabId: 7, promptId: 'p1', at: now } });

    await ask('tab.report', { site: 'chatgpt', url: 'https://chatgpt.com/c/1', health: { status: 'stalled', stall: { reason: 'no-progress', seconds: 60 } } }, 7);
    expect(await readBadge(7)).toEqual({ text: '…', title: "Detour: ChatGPT's reply stopped moving (60 s without new text)" });

    await ask('tab.report', { site: 'chatgpt', url: 'https://chatgpt.com/c/1', health: { status: 'healthy', answering: true } }, 7);
    expect((await readBadge(7)).text).toBe('');
    expect((await readBadge(8)).text).toBe('');
  });

  it('says on the badge that Detour cannot read a page, with no failure badge', async () => {
    await ask('tab.report', { site: 'chatgpt', url: 'https://chatgpt.com/c/1', health: { status: 'blind', reason: 'no-composer' } }, 7);
    expect(await readBadge(7)).toEqual({ text: '', title: "Detour can't read this ChatGPT page — the site may have changed" });
  });

  it('calls a challenge shown three times within a minute a failure, and once a gate', async () => {
    const challenge = (loadedAt: number) =>
      ask('tab.report', { site: 'chatgpt', url: CHAT, health: { status: 'healthy', answering: false }, page: { kind: 'challenge', loadedAt } }, 9);
    await challenge(now - 20_000);
    await challenge(now - 20_000); // the same page reporting again
    expect((await readBadge(9)).text).toBe('');
    await challenge(now - 10_000);
    await challenge(now - 1000);
    expect(await readBadge(9)).toEqual({ text: '!', title: 'Detour: ChatGPT failed: Asked to verify you are human 3 times within a minute' });
  });

  it('calls being sent to the sign-in page three times within a minute a login loop', async () => {
    const { noteArrival } = await import('../../lib/tabs/health');
    for (const at of [now - 30_000, now - 15_000, now]) await noteArrival(db, 4, { gate: 'sign-in', at, site: 'chatgpt' }, now);
    expect(await readBadge(4)).toEqual({ text: '!', title: 'Detour: ChatGPT failed: Sent back to the sign-in page 3 times within a minute' });
  });

  it('opens the chosen chatbot and hands its tab the prompt, once', async () => {
    await saveSettings({ sendMode: 'fill' });
    await ask('prompt.save', { id: 'p1', site: 'chatgpt', text: 'Plan a picnic', url: CHAT, createdAt: 5, sent: true }, 3);
    const opened = await ask('send.open', { promptId: 'p1', target: 'chatgpt', withContext: false });
    const tabId = (opened.value as { tabId: number }).tabId;
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe('https://chatgpt.com/');
    expect(await ask('delivery.claim', {}, tabId)).toEqual({ ok: true, value: { text: 'Plan a picnic', target: 'chatgpt', send: false } });
    expect((await ask('delivery.claim', {}, tabId)).value).toBeUndefined();
    expect((await ask('delivery.claim', {}, 999)).value).toBeUndefined();
  });

  it('sends the earlier turns along when asked', async () => {
    await ask('prompt.rescue', {
      id: 'p9',
      site: 'chatgpt',
      text: 'And the slogan?',
      url: CHAT,
      failure: { kind: 'error', place: 'turn', text: 'x' },
      context: [
        { author: 'user', text: 'Name a bakery' },
        { author: 'assistant', text: 'The Daily Rise' },
      ],
    }, 3);
    const opened = await ask('send.open', { promptId: 'p9', target: 'chatgpt', withContext: true });
    const claim = await ask('delivery.claim', {}, (opened.value as { tabId: number }).tabId);
    expect((claim.value as { text: string }).text).toBe(
      'For context, here is an earlier conversation I had with ChatGPT:\n\nMe:\nName a bakery\n\nChatGPT:\nThe Daily Rise\n\nMy question now:\nAnd the slogan?',
    );
  });

  it('does not hand over a delivery that waited too long', async () => {
    await ask('prompt.save', { id: 'p1', site: 'chatgpt', text: 'Late', url: CHAT, createdAt: 5, sent: true }, 3);
    const opened = await ask('send.open', { promptId: 'p1', target: 'chatgpt', withContext: false });
    now += 3 * 60 * 1000;
    expect((await ask('delivery.claim', {}, (opened.value as { tabId: number }).tabId)).value).toBeUndefined();
  });

  it('refuses to send a prompt that is no longer saved', async () => {
    expect(await ask('send.open', { promptId: 'gone', target: 'chatgpt', withContext: false })).toMatchObject({
      ok: false,
      error: 'That prompt is no longer saved.',
    });
  });

  it('deletes several prompts, hands them back, and puts them back on undo', async () => {
    for (const id of ['p1', 'p2']) await ask('prompt.save', { id, site: 'chatgpt', text: `Keep ${id}`, url: 'https://chatgpt.com/', createdAt: 5, sent: true }, 3);
    const gone = await ask('prompts.delete', { ids: ['p1', 'p2'] });
    expect((gone.value as { id: string }[]).map((prompt) => prompt.id).sort()).toEqual(['p1', 'p2']);
    expect(await ask('prompts.list', {})).toMatchObject({ ok: true, value: [] });
    expect(await ask('prompts.restore', { prompts: gone.value as never })).toMatchObject({ ok: true, value: { restored: 2 } });
    expect(await ask('prompts.edit', { id: 'p1', edit: { pinned: true, tags: ['work'] } })).toMatchObject({ ok: true, value: { pinned: true, tags: ['work'] } });
    expect(await ask('prompts.tags', {})).toMatchObject({ ok: true, value: [{ tag: 'work', count: 1 }] });
  });

  it('lets only Detour\'s own pages change the library', async () => {
    await ask('prompt.save', { id: 'p1', site: 'chatgpt', text: 'Keep me', url: 'https://chatgpt.com/', createdAt: 5, sent: true }, 3);
    expect(await ask('prompts.delete', { ids: ['p1'] }, 3)).toMatchObject({ ok: false, code: 'refused' });
    expect(await ask('prompts.edit', { id: 'p1', edit: { text: 42 } as never })).toMatchObject({ ok: false, code: 'refused' });
  });

  it('tells a full disk apart from other failures', async () => {
    const quota = Object.assign(new Error('QuotaExceededError: the disk is full'), { name: 'QuotaExceededError' });
    db.prompts.put = () => Promise.reject(quota) as never;
    const reply = await ask('prompt.save', { id: 'p1', site: 'chatgpt', text: 'Hello', url: CHAT, createdAt: 5, sent: false }, 3);
    expect(reply).toMatchObject({ ok: false, code: 'quota' });
  });
});
