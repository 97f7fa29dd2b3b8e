import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendLastPrompt } from '../../lib/commands/send-last';
import { type DetourDb, openDb } from '../../lib/db/schema';
import type { PromptRecord } from '../../lib/model';
import { rankAlternatives } from '../../lib/providers/rank';
import { alternativeOrder, loadSettings, saveSettings } from '../../lib/settings';
import { siteById } from '../../lib/sites';
import { claimDelivery, putTabRecord } from '../../lib/tabs/records';

const prompt = (id: string, site: PromptRecord['site'], updatedAt: number): PromptRecord => ({
  id,
  site,
  text: `Prompt ${id}`,
  url: '',
  createdAt: updatedAt,
  updatedAt,
  status: 'sent',
});

describe('the "send my last prompt" shortcut', () => {
  let db: DetourDb;
  let name: string;
  let opened: string[];

  beforeEach(async () => {
    name = `command-${crypto.randomUUID()}`;
    db = openDb(name);
    // No status page answers: the person's own order decides.
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    const active = await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    opened = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([active]);
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async ({ url }) => {
      opened.push(url ?? '');
      return { id: 50 + opened.length, index: 1 } as never;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(name);
  });

  /** The first alternative the notice would offer for `site`: the ranking's (lib/providers/rank.ts). */
  const first = async (site: PromptRecord['site']) => rankAlternatives(site, alternativeOrder(await loadSettings()), { now: 5000 })[0]!.site;

  it('sends the newest prompt to the first alternative to its chatbot', async () => {
    await db.prompts.bulkAdd([prompt('old', 'gemini', 1000), prompt('new', 'chatgpt', 2000)]);
    await saveSettings({ preferredOrder: ['chatgpt', 'grok', 'claude'] });
    const target = await first('chatgpt');
    expect(await sendLastPrompt(db, () => 5000)).toEqual({ tabId: 51 });
    expect(opened).toEqual([siteById(target)!.newChatUrl]);
    expect(await claimDelivery(51, 5001)).toMatchObject({ text: 'Prompt new', target });
  });

  it('prefers the prompt this tab is about (the one that just failed here), and skips a paused chatbot', async () => {
    await db.prompts.bulkAdd([prompt('failed-here', 'claude', 1000), prompt('newer-elsewhere', 'gemini', 2000)]);
    const [active] = await fakeBrowser.tabs.query({});
    await putTabRecord({
      tabId: active!.id!,
      site: 'claude',
      url: 'https://claude.ai/chat/1',
      health: { status: 'failed', failure: { kind: 'error', place: 'turn', text: 'Overloaded' } },
      promptId: 'failed-here',
      at: 1000,
    });
    const best = await first('claude');
    await saveSettings({ pausedSites: [best] });
    const next = await first('claude');
    await sendLastPrompt(db, () => 5000);
    expect(next).not.toBe(best);
    expect(await claimDelivery(51, 5001)).toMatchObject({ text: 'Prompt failed-here', target: next });
  });

  it('does nothing when nothing is saved yet', async () => {
    expect(await sendLastPrompt(db, () => 5000)).toBeUndefined();
    expect(opened).toEqual([]);
  });
});
