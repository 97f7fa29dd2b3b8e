import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { sightingsSince } from '../../lib/db/sightings';
import type { ChatHealth } from '../../lib/model';
import { noteChatRequest, refreshTab } from '../../lib/tabs/health';
import { putTabRecord } from '../../lib/tabs/records';

/**
 * One failure is one sighting, however many ways Detour hears of it: the failed request, the
 * page's words for it, the page's words going away while the request's failure still stands,
 * and reports that reach the background at the same moment.
 */
describe('sightings', () => {
  const TAB = 3;
  const URL = 'https://claude.ai/chat/1';
  const rateLimited = { tabId: TAB, url: 'https://claude.ai/api/organizations/o/chat_conversations/c/completion', method: 'POST', type: 'xmlhttprequest', statusCode: 429 };
  const toast: ChatHealth = { status: 'failed', failure: { kind: 'limit', place: 'toast', text: '5-hour limit reached - resets 3:00 PM' } };
  let db: DetourDb;
  let name: string;
  let now: number;

  beforeEach(() => {
    name = `sightings-${crypto.randomUUID()}`;
    db = openDb(name);
    now = 1_000_000;
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  /** The page's report of itself, as the tab.report handler keeps it, then the tab refreshed. */
  const pageShows = async (health: ChatHealth) => {
    await putTabRecord({ tabId: TAB, site: 'claude', url: URL, health, at: now });
    await refreshTab(db, TAB, now);
  };
  const count = async () => (await sightingsSince(db, 0)).claude?.count ?? 0;

  it('counts one HTTP 429 on Claude once: the request, its toast, and the toast going away', async () => {
    await pageShows({ status: 'healthy', answering: true });
    await noteChatRequest(db, rateLimited, (now += 100));
    await pageShows(toast);
    now += 4000;
    await pageShows({ status: 'healthy', answering: false });
    expect(await count()).toBe(1);
  });

  it('counts one failure once when the background hears of it twice at the same moment', async () => {
    await putTabRecord({ tabId: TAB, site: 'claude', url: URL, health: toast, at: now });
    await Promise.all([refreshTab(db, TAB, now), refreshTab(db, TAB, now), noteChatRequest(db, rateLimited, now)]);
    expect(await count()).toBe(1);
  });

  it('counts a new failure after the chat was well again', async () => {
    await pageShows(toast);
    await pageShows({ status: 'healthy', answering: true });
    await pageShows(toast);
    expect(await count()).toBe(2);
  });

  it('does not count a reload that shows the same failure again', async () => {
    await pageShows(toast);
    await refreshTab(db, TAB, (now += 1000));
    await pageShows(toast);
    expect(await count()).toBe(1);
  });
});
