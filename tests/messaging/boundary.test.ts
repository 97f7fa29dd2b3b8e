import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionPage, type FakeSender, sendAs } from '../setup';
import { listPrompts } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { toCsv } from '../../lib/export/csv';
import { toMarkdown } from '../../lib/export/markdown';
import { createHandlers } from '../../lib/messaging/handlers';
import { errorCode, type HandledType, type Request, sendMessage } from '../../lib/messaging/protocol';
import { handleMessages } from '../../lib/messaging/serve';
import type { PromptRecord } from '../../lib/model';
import { SITE_IDS } from '../../lib/sites/types';
import { putDelivery } from '../../lib/tabs/records';

/**
 * The background's boundary: each message from each kind of sender, and malformed requests.
 * A refused message is answered with an error whose code is 'refused', and changes nothing.
 */

const CHAT = 'https://chatgpt.com/c/1';
const FAILURE = { kind: 'error', place: 'turn', text: 'Something went wrong' } as const;
const PROMPT: PromptRecord = { id: 'p1', site: 'chatgpt', text: 'Plan a picnic', url: CHAT, createdAt: 1, updatedAt: 2, status: 'failed' };

/** One well-formed request of each message, about ChatGPT and its prompt p1. */
const EXAMPLES: { [K in HandledType]: Request<K> } = {
  'prompt.save': { id: 'p2', site: 'chatgpt', text: 'Hello', url: CHAT, createdAt: 1, sent: false },
  'draft.resume': { site: 'chatgpt', head: 'Plan a' },
  'prompt.outcome': { id: 'p1', outcome: 'failed', failure: FAILURE, url: CHAT, context: [{ author: 'user', text: 'Earlier' }] },
  'prompt.rescue': { id: 'p3', site: 'chatgpt', text: 'Lost', url: CHAT, failure: FAILURE },
  'tab.report': { site: 'chatgpt', url: CHAT, health: { status: 'failed', failure: FAILURE }, promptId: 'p1' },
  'tab.get': { tabId: 7 },
  'prompts.list': { search: 'picnic', limit: 5 },
  'prompts.get': { id: 'p1' },
  'prompts.delete': { ids: ['p1'] },
  'prompts.restore': { prompts: [] },
  'prompts.edit': { id: 'p1', edit: { pinned: true, tags: ['work'] } },
  'prompts.tags': {},
  'send.open': { promptId: 'p1', target: 'claude', withContext: false },
  'delivery.claim': {},
  'chat.extras': {},
  'providers.list': { waitMs: 0 },
  'alternatives.rank': { site: 'chatgpt' },
  'resend.schedule': { promptId: 'p1' },
  'resend.cancel': { promptId: 'p1' },
  'resend.list': {},
};
const TYPES = Object.keys(EXAMPLES) as HandledType[];

const SENDERS: Record<string, FakeSender> = {
  popup: extensionPage('popup.html'),
  'options in a tab': { tab: { id: 2 }, ...extensionPage('options.html') },
  'ChatGPT tab': { tab: { id: 7 }, url: CHAT },
  'Claude tab': { tab: { id: 8 }, url: 'https://claude.ai/chat/1' },
  'other tab': { tab: { id: 9 }, url: 'https://example.com/' },
  // Firefox names no tab (nor frame) for a message a page sends as its tab closes.
  'ChatGPT page, its tab closing': { url: CHAT },
  'no page': {},
};

describe('the background boundary', () => {
  let db: DetourDb;
  let name: string;
  let stop: () => void;

  beforeEach(() => {
    // The status pages are not reached from a test.
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline in tests'));
    name = `boundary-${crypto.randomUUID()}`;
    db = openDb(name);
    stop = handleMessages(createHandlers(db, () => 1_000));
  });
  afterEach(async () => {
    stop();
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(name);
  });

  /** Sends `data` as `type` from `sender`: 'answered' or 'refused' (with why), or another error. */
  const send = (sender: FakeSender, type: HandledType, data: unknown) =>
    sendAs(sender, () => sendMessage(type, data as never)).then(
      () => 'answered',
      (error: Error) => (errorCode(error) === 'refused' ? 'refused' : `answered with an error: ${error.message}`),
    );

  /** Everything a message could change: the database and the session's tab records. */
  const everything = async () => ({
    prompts: await db.prompts.toArray(),
    sightings: await db.sightings.toArray(),
    session: await fakeBrowser.storage.session.get(null),
  });

  it('answers each message only from the senders it is for', async () => {
    const answered: Record<string, string[]> = {};
    for (const type of TYPES) {
      for (const [who, sender] of Object.entries(SENDERS)) {
        await db.prompts.put(PROMPT);
        if ((await send(sender, type, EXAMPLES[type])) !== 'refused') (answered[type] ??= []).push(who);
      }
    }
    const pages = ['popup', 'options in a tab'];
    expect(answered).toEqual({
      // What the page writes as its tab closes (the last keystrokes, saved on pagehide) still lands.
      'prompt.save': ['ChatGPT tab', 'ChatGPT page, its tab closing'],
      'draft.resume': ['ChatGPT tab'],
      'prompt.outcome': ['ChatGPT tab', 'ChatGPT page, its tab closing'],
      'prompt.rescue': ['ChatGPT tab'],
      'tab.report': ['ChatGPT tab'],
      'tab.get': pages,
      'prompts.list': pages,
      'prompts.get': pages,
      'prompts.delete': pages,
      'prompts.restore': pages,
      'prompts.edit': pages,
      'prompts.tags': pages,
      // The notice of the tab whose prompt it is; a Claude tab cannot send ChatGPT's prompt.
      'send.open': [...pages, 'ChatGPT tab'],
      // Each tab claims its own delivery: the sender's tab is the only one it can name.
      'delivery.claim': ['ChatGPT tab', 'Claude tab'],
      // Any chatbot tab has its own notice's script run in it; it names no other tab.
      'chat.extras': ['ChatGPT tab', 'Claude tab'],
      'providers.list': pages,
      'alternatives.rank': ['ChatGPT tab'],
      // "Send here again when it is back": from the popup, or the notice of the prompt's own tab.
      'resend.schedule': [...pages, 'ChatGPT tab'],
      'resend.cancel': pages,
      'resend.list': pages,
    });
  });

  it('says why a sender is refused', async () => {
    const refusal = (sender: FakeSender, type: HandledType, data: unknown) =>
      sendAs(sender, () => sendMessage(type, data as never)).then(String, (error: Error) => error.message);
    expect(await refusal(SENDERS['ChatGPT tab']!, 'prompts.delete', { ids: ['p1'] })).toBe(
      'Detour refused "prompts.delete": only Detour\'s own pages may send it.',
    );
    expect(await refusal(SENDERS['Claude tab']!, 'tab.report', EXAMPLES['tab.report'])).toBe(
      'Detour refused "tab.report": a Claude tab cannot speak for ChatGPT.',
    );
    expect(await refusal(SENDERS['other tab']!, 'prompt.save', EXAMPLES['prompt.save'])).toBe(
      'Detour refused "prompt.save": it comes from neither a page of Detour nor a chatbot tab Detour runs in.',
    );
    expect(await refusal(SENDERS.popup!, 'tab.report', EXAMPLES['tab.report'])).toBe(
      'Detour refused "tab.report": only Detour in a chatbot tab sends it.',
    );
    expect(await refusal(SENDERS['ChatGPT page, its tab closing']!, 'tab.report', EXAMPLES['tab.report'])).toBe(
      'Detour refused "tab.report": its tab is closing (the browser names no tab for it).',
    );
  });

  it('lets a tab speak only for its own site, page, tab and prompts', async () => {
    await db.prompts.put({ ...PROMPT, id: 'claude-1', site: 'claude', url: 'https://claude.ai/chat/1' });
    const chatgpt = SENDERS['ChatGPT tab']!;
    const before = await everything();
    expect(await send(chatgpt, 'prompt.save', { ...EXAMPLES['prompt.save'], url: 'https://claude.ai/chat/1' })).toBe('refused');
    expect(await send(chatgpt, 'prompt.save', { ...EXAMPLES['prompt.save'], url: 'javascript:alert(1)' })).toBe('refused');
    expect(await send(chatgpt, 'prompt.save', { ...EXAMPLES['prompt.save'], id: 'claude-1' })).toBe('refused');
    expect(await send(chatgpt, 'prompt.outcome', { ...EXAMPLES['prompt.outcome'], id: 'claude-1' })).toBe('refused');
    expect(await send(chatgpt, 'send.open', { ...EXAMPLES['send.open'], openerTabId: 8 })).toBe('refused');
    expect(await send(chatgpt, 'send.open', { ...EXAMPLES['send.open'], promptId: 'claude-1' })).toBe('refused');
    // A page whose tab is closing is held to the same: its own site, its own page, its own prompts.
    const closing = SENDERS['ChatGPT page, its tab closing']!;
    expect(await send(closing, 'prompt.save', { ...EXAMPLES['prompt.save'], site: 'claude' })).toBe('refused');
    expect(await send(closing, 'prompt.save', { ...EXAMPLES['prompt.save'], url: 'https://claude.ai/chat/1' })).toBe('refused');
    expect(await send(closing, 'prompt.save', { ...EXAMPLES['prompt.save'], id: 'claude-1' })).toBe('refused');
    expect(await send(closing, 'prompt.outcome', { ...EXAMPLES['prompt.outcome'], id: 'claude-1' })).toBe('refused');
    expect(await everything()).toEqual(before);
  });

  it('saves the text a page sends as its tab closes, which Firefox sends without a tab', async () => {
    const closing = SENDERS['ChatGPT page, its tab closing']!;
    const before = await fakeBrowser.storage.local.get(null);
    expect(await send(closing, 'prompt.save', { ...EXAMPLES['prompt.save'], text: 'The last keystrokes' })).toBe('answered');
    expect(await db.prompts.get('p2')).toMatchObject({ site: 'chatgpt', text: 'The last keystrokes', status: 'draft' });
    // No tab to note the draft for (the note is for a new copy of the script in the same tab).
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('hands a delivery only to the tab it waits for', async () => {
    await putDelivery(8, { text: 'For Claude', target: 'claude', send: true }, 1_000);
    expect(await sendAs(SENDERS['ChatGPT tab']!, () => sendMessage('delivery.claim', {}))).toBeUndefined();
    expect(await sendAs(SENDERS['Claude tab']!, () => sendMessage('delivery.claim', {}))).toEqual({ text: 'For Claude', target: 'claude', send: true });
  });

  it('refuses a prompt with a number as text and an unknown site, and the library still reads', async () => {
    await db.prompts.put(PROMPT);
    const before = await everything();
    const malformed = { id: 'p9', site: 'bard', text: 42, url: CHAT, createdAt: 1, sent: false };
    const reply = await sendAs(SENDERS['ChatGPT tab']!, () => sendMessage('prompt.save', malformed as never)).catch((error: Error) => error);
    expect(reply).toMatchObject({
      message: `Detour refused "prompt.save": "site": Invalid type: Expected (${SITE_IDS.map((id) => `"${id}"`).join(' | ')}) but received "bard".`,
      code: 'refused',
    });
    expect(await everything()).toEqual(before);
    const library = await listPrompts(db, { search: 'picnic' });
    expect(library.map((prompt) => prompt.id)).toEqual(['p1']);
    expect(toCsv(library)).toContain('Plan a picnic');
    expect(toMarkdown(library, new Date(0))).toContain('Plan a picnic');
  });

  it('refuses every malformed request of every message and changes nothing', async () => {
    await db.prompts.put(PROMPT);
    const wrong = (value: unknown) => (typeof value === 'string' ? 42 : typeof value === 'object' ? 'text' : { value });
    const refusedFrom = (type: HandledType) => (type.startsWith('prompts.') || type.endsWith('.get') || type === 'providers.list' ? SENDERS.popup! : SENDERS['ChatGPT tab']!);
    const before = await everything();
    const accepted: string[] = [];
    for (const type of TYPES) {
      const example = EXAMPLES[type] as Record<string, unknown>;
      const malformed: unknown[] = [undefined, null, 'text', 7, [example]];
      for (const [field, value] of Object.entries(example)) malformed.push({ ...example, [field]: wrong(value) });
      for (const data of malformed) {
        if ((await send(refusedFrom(type), type, data)) !== 'refused') accepted.push(`${type} ${JSON.stringify(data)}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(await everything()).toEqual(before);
  });
});
