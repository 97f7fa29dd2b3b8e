import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readBadge } from '../setup';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { refreshTab } from '../../lib/tabs/health';
import { releasePausedTabs } from '../../lib/tabs/pause';
import { getTabRecord, putTabRecord } from '../../lib/tabs/records';

describe('pausing a site', () => {
  let db: DetourDb;
  let name: string;
  beforeEach(() => {
    name = `pause-${crypto.randomUUID()}`;
    db = openDb(name);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(name);
  });

  it('clears the badge and the state of its open tabs at once, and leaves other sites\' tabs be', async () => {
    const failed = { status: 'failed', failure: { kind: 'error', place: 'turn', text: 'Oops' } } as const;
    const chatgpt = await fakeBrowser.tabs.create({ url: 'https://chatgpt.com/c/1' });
    const claude = await fakeBrowser.tabs.create({ url: 'https://claude.ai/chat/1' });
    for (const [tab, site] of [[chatgpt, 'chatgpt'], [claude, 'claude']] as const) {
      await putTabRecord({ tabId: tab.id!, site, url: tab.url!, health: failed, at: 1 });
      await refreshTab(db, tab.id!, 1);
    }
    expect((await readBadge(chatgpt.id!)).text).toBe('!');
    // The fake browser matches URLs exactly; browsers match patterns (https://chatgpt.com/* here).
    const all = await fakeBrowser.tabs.query({});
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async ({ url }) =>
      all.filter((tab) => ([url].flat() as string[]).some((pattern) => tab.url?.startsWith(pattern.replace(/\*$/, '')))),
    );

    await releasePausedTabs(db, ['chatgpt'], 2);
    expect(await readBadge(chatgpt.id!)).toEqual({ text: '', title: 'Detour' });
    expect(await getTabRecord(chatgpt.id!)).toBeUndefined();
    expect((await readBadge(claude.id!)).text).toBe('!');
  });
});
