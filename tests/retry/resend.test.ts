import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPrompt, recordOutcome, savePrompt } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { createHandlers } from '../../lib/messaging/handlers';
import { chatbotRecovered, noteOfficialStatus, offerInsteadOfWaiting } from '../../lib/retry/offers';
import { cancelResend, listResends, resendUrl, scheduleResend } from '../../lib/retry/resend';
import { saveSettings } from '../../lib/settings';
import type { SiteId } from '../../lib/sites/types';
import type { CheckedStatus, Health } from '../../lib/status/types';
import { claimDelivery } from '../../lib/tabs/records';
import { fakeResponse } from '../status/cases';

const MINUTE = 60_000;
const failure = { kind: 'error', place: 'turn', text: 'Something went wrong' } as const;
const checked = (health: Health): CheckedStatus => ({ health, summary: health, checkedAt: 1, page: 'https://status.example/', refreshing: false });

/** "Send here again when it works": the queue, what wakes it, and what it never does on its own. */
describe('sending a prompt again once its chatbot works', () => {
  let db: DetourDb;
  let name: string;

  beforeEach(() => {
    name = `resend-${crypto.randomUUID()}`;
    db = openDb(name);
    vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
    // Every status page is out of reach: ranking goes by account needs and the person's order.
    vi.stubGlobal('fetch', vi.fn(async (url: string) => fakeResponse('Not found', { status: 404, contentType: 'text/html', url })));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    db.close();
    await Dexie.delete(name);
  });

  async function failedPrompt(id: string, site: SiteId, url: string, at = 1000) {
    await savePrompt(db, { id, site, text: `Prompt ${id}`, url, createdAt: at, sent: true }, at);
    await recordOutcome(db, id, { outcome: 'failed', failure, url }, at);
    return (await getPrompt(db, id))!;
  }

  /** The tabs opened so far (the fake browser starts with one blank tab), with the delivery each holds. */
  async function openedTabs() {
    const tabs = (await fakeBrowser.tabs.query({})).filter((tab) => tab.url);
    return Promise.all(tabs.map(async (tab) => ({ url: tab.url, delivery: await claimDelivery(tab.id!, 0) })));
  }

  it('keeps the prompt in storage.local, where a browser restart leaves it, once however often it is asked', async () => {
    const record = await failedPrompt('p1', 'chatgpt', 'https://chatgpt.com/c/abc');
    await scheduleResend(record, 5000);
    await scheduleResend(record, 9000);
    const stored = await fakeBrowser.storage.local.get('pending-resends');
    expect(stored['pending-resends']).toEqual({
      p1: { promptId: 'p1', site: 'chatgpt', url: 'https://chatgpt.com/c/abc', preview: 'Prompt p1', createdAt: 5000 },
    });
    expect(await listResends()).toHaveLength(1);
  });

  it('can be cancelled', async () => {
    await scheduleResend(await failedPrompt('p1', 'chatgpt', 'https://chatgpt.com/c/abc'), 5000);
    await scheduleResend(await failedPrompt('p2', 'claude', 'https://claude.ai/chat/x'), 6000);
    await cancelResend('p1');
    expect((await listResends()).map((entry) => entry.promptId)).toEqual(['p2']);
  });

  it('sends it in the conversation where it failed, sent and not only filled, once its chatbot answers again', async () => {
    await saveSettings({ sendMode: 'fill' });
    await scheduleResend(await failedPrompt('p1', 'chatgpt', 'https://chatgpt.com/c/abc'), 5000);
    await scheduleResend(await failedPrompt('p2', 'claude', 'https://claude.ai/chat/x'), 6000);

    await chatbotRecovered(db, 'chatgpt', 10_000);
    expect(await openedTabs()).toEqual([
      { url: 'https://chatgpt.com/c/abc', delivery: { text: 'Prompt p1', target: 'chatgpt', send: true } },
    ]);
    expect((await listResends()).map((entry) => entry.promptId)).toEqual(['p2']);
    // It was sent: the usual "retry your prompt?" notification is not offered for it as well.
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
    expect((await getPrompt(db, 'p1'))?.retryOfferedAt).toBe(10_000);
  });

  it('opens a new chat when the prompt was written elsewhere than a page of that chatbot', () => {
    expect(resendUrl({ site: 'chatgpt', url: 'https://claude.ai/new' })).toBe('https://chatgpt.com/');
    expect(resendUrl({ site: 'huggingchat', url: 'https://huggingface.co/models' })).toBe('https://huggingface.co/chat/');
    expect(resendUrl({ site: 'huggingchat', url: 'https://huggingface.co/chat/conversation/1' })).toBe('https://huggingface.co/chat/conversation/1');
  });

  it('never sends a failed prompt again unless the person chose to', async () => {
    await failedPrompt('p1', 'chatgpt', 'https://chatgpt.com/c/abc');
    await chatbotRecovered(db, 'chatgpt', 10_000);
    expect(await openedTabs()).toEqual([]);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(1);
  });

  it('wakes on a reply answered in a tab of that chatbot', async () => {
    const handlers = createHandlers(db, () => 20_000);
    await scheduleResend(await failedPrompt('p1', 'chatgpt', 'https://chatgpt.com/c/abc'), 5000);
    await savePrompt(db, { id: 'other', site: 'chatgpt', text: 'Hi', url: 'https://chatgpt.com/', createdAt: 19_000, sent: true }, 19_000);
    await handlers['prompt.outcome']({ id: 'other', outcome: 'answered', url: 'https://chatgpt.com/c/new' }, { kind: 'tab', tabId: 3, url: 'https://chatgpt.com/c/new', site: 'chatgpt' });
    expect((await openedTabs()).map((tab) => tab.url)).toEqual(['https://chatgpt.com/c/abc']);
    expect(await listResends()).toEqual([]);
  });

  it('wakes when the status page, after showing trouble, says operational again; not on operational alone', async () => {
    await scheduleResend(await failedPrompt('p1', 'chatgpt', 'https://chatgpt.com/c/abc'), 5000);
    await noteOfficialStatus(db, 'chatgpt', checked('operational'), 6000);
    expect(await openedTabs()).toEqual([]);
    await noteOfficialStatus(db, 'chatgpt', checked('down'), 7000);
    await noteOfficialStatus(db, 'chatgpt', checked('operational'), 8000);
    expect((await openedTabs()).map((tab) => tab.url)).toEqual(['https://chatgpt.com/c/abc']);
  });

  it('offers the best alternative, once, after the time the person set, and keeps waiting', async () => {
    await saveSettings({ resendOfferMinutes: 20, preferredOrder: ['claude', 'duckai'] });
    await scheduleResend(await failedPrompt('p1', 'chatgpt', 'https://chatgpt.com/c/abc'), 0);

    await offerInsteadOfWaiting(db, 19 * MINUTE);
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();

    await offerInsteadOfWaiting(db, 20 * MINUTE);
    // Duck.ai needs no account, Claude does, and the person was not seen using it: Duck.ai first.
    expect(fakeBrowser.notifications.create).toHaveBeenCalledWith(
      'detour-instead:p1:duckai',
      expect.objectContaining({ title: 'ChatGPT is still not working', message: 'Send your prompt to Duck.ai instead? “Prompt p1”' }),
    );
    await offerInsteadOfWaiting(db, 40 * MINUTE);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(1);
    expect(await openedTabs()).toEqual([]);
    expect(await listResends()).toMatchObject([{ promptId: 'p1', offeredAt: 20 * MINUTE }]);
  });

  it('answers the popup and the notice through the protocol: schedule, list, cancel', async () => {
    const handlers = createHandlers(db, () => 42);
    await failedPrompt('p1', 'chatgpt', 'https://chatgpt.com/c/abc');
    const sender = { kind: 'page', tabId: undefined, url: 'chrome-extension://detour/popup.html' } as const;
    expect(await handlers['resend.schedule']({ promptId: 'p1' }, sender)).toMatchObject({ promptId: 'p1', createdAt: 42 });
    expect(await handlers['resend.list']({}, sender)).toHaveLength(1);
    await handlers['resend.cancel']({ promptId: 'p1' }, sender);
    expect(await handlers['resend.list']({}, sender)).toEqual([]);
    await expect(handlers['resend.schedule']({ promptId: 'gone' }, sender)).rejects.toThrow('no longer saved');
  });
});
