import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cacheKey,
  checkSource,
  checkStatus,
  MAX_AGE_MS,
  MIN_INTERVAL_MS,
  STALE_WINDOW_MS,
  type CheckDeps,
} from '../../lib/status/cache';
import type { CheckedStatus } from '../../lib/status/types';
import { fakeResponse, readStatusFixture, sourceOf } from './cases';

/*
 * The clock is injected and storage is WXT's, backed by the fake browser (reset before each test
 * in tests/setup.ts): nothing here depends on how fast the machine runs.
 */

const MINUTE = 60_000;
const claude = sourceOf('claude');

/** A status page whose answer the test changes, and which records when it was asked. */
function statusPage(file = 'claude-operational.json') {
  const clock = { now: Date.UTC(2026, 9, 6, 12, 0, 0) };
  const page = { file, fail: false, askedAt: [] as number[] };
  const fetch = vi.fn(async () => {
    page.askedAt.push(clock.now);
    if (page.fail) throw new TypeError('Failed to fetch');
    return fakeResponse(readStatusFixture(page.file), { url: claude.url });
  });
  const deps = (extra: Partial<CheckDeps> = {}): CheckDeps => ({ fetch, now: () => clock.now, ...extra });
  return { clock, page, fetch, deps };
}

/** A cached answer as storage holds it, before Detour has read it. */
interface StoredResult {
  readonly status: Record<string, unknown>;
  readonly checkedAt: unknown;
}

/** Resolves with the next background update. */
function nextUpdate(): { onUpdate: (status: CheckedStatus) => void; update: Promise<CheckedStatus> } {
  let onUpdate: (status: CheckedStatus) => void = () => undefined;
  const update = new Promise<CheckedStatus>((resolve) => (onUpdate = resolve));
  return { onUpdate, update };
}

describe('checkStatus', () => {
  it('asks the page the first time and says when it did', async () => {
    const { clock, fetch, deps } = statusPage();
    const status = await checkStatus('claude', deps());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(status).toMatchObject({ health: 'operational', checkedAt: clock.now, page: claude.page, refreshing: false });
  });

  it('keeps its answers in browser.storage.local', async () => {
    const { deps } = statusPage();
    await checkStatus('claude', deps());
    const stored = await fakeBrowser.storage.local.get(cacheKey(claude));
    expect(stored[cacheKey(claude)]).toMatchObject({ version: 1, result: { status: { health: 'operational' } } });
  });

  it('serves a fresh answer without asking again', async () => {
    const { clock, page, fetch, deps } = statusPage();
    const first = await checkStatus('claude', deps());
    page.file = 'claude-degraded.json';
    clock.now += MAX_AGE_MS - 1;
    const again = await checkStatus('claude', deps());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(again).toMatchObject({ health: 'operational', checkedAt: first?.checkedAt, refreshing: false });
  });

  it('serves a stale answer at once and refreshes it in the background', async () => {
    const { clock, page, fetch, deps } = statusPage();
    await checkStatus('claude', deps());
    page.file = 'claude-degraded.json';
    clock.now += MAX_AGE_MS + MINUTE;
    const { onUpdate, update } = nextUpdate();
    const stale = await checkStatus('claude', deps({ onUpdate }));
    expect(stale).toMatchObject({ health: 'operational', refreshing: true });
    const fresh = await update;
    expect(fresh).toMatchObject({ health: 'degraded', checkedAt: clock.now, refreshing: false });
    expect(fetch).toHaveBeenCalledTimes(2);
    // The refreshed answer is now the cached one.
    expect(await checkStatus('claude', deps())).toMatchObject({ health: 'degraded', refreshing: false });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not show an answer far past its age as current: it waits for a new one', async () => {
    const { clock, page, deps } = statusPage();
    await checkStatus('claude', deps());
    page.file = 'claude-degraded.json';
    clock.now += MAX_AGE_MS + STALE_WINDOW_MS;
    expect(await checkStatus('claude', deps())).toMatchObject({ health: 'degraded', refreshing: false });
  });

  it('never asks one page twice within a minute, even when forced every 10 s', async () => {
    const { clock, page, deps } = statusPage();
    for (let second = 0; second < 300; second += 10) {
      await checkStatus('claude', deps({ force: true }));
      clock.now += 10_000;
    }
    // Let any background refresh land.
    await checkStatus('claude', deps({ force: false }));
    await vi.waitFor(() => expect(page.askedAt.length).toBe(5));
    const gaps = page.askedAt.slice(1).map((time, index) => time - (page.askedAt[index] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(MIN_INTERVAL_MS);
  });

  it('forces a check past the minute, serving the last answer meanwhile', async () => {
    const { clock, page, fetch, deps } = statusPage();
    await checkStatus('claude', deps());
    page.file = 'claude-degraded.json';
    clock.now += 30_000;
    expect(await checkStatus('claude', deps({ force: true }))).toMatchObject({ health: 'operational', refreshing: false });
    expect(fetch).toHaveBeenCalledTimes(1);
    clock.now += 30_000;
    const { onUpdate, update } = nextUpdate();
    expect(await checkStatus('claude', deps({ force: true, onUpdate }))).toMatchObject({ health: 'operational', refreshing: true });
    expect(await update).toMatchObject({ health: 'degraded' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shares one request between callers asking at the same time', async () => {
    const { fetch, deps } = statusPage();
    const answers = await Promise.all([checkStatus('claude', deps()), checkStatus('claude', deps()), checkStatus('claude', deps({ force: true }))]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(answers.map((answer) => answer?.health)).toEqual(['operational', 'operational', 'operational']);
  });

  it('caches a failed check as unknown and does not hammer the page', async () => {
    const { clock, page, fetch, deps } = statusPage();
    page.fail = true;
    expect(await checkStatus('claude', deps())).toMatchObject({ health: 'unknown', reason: 'network', refreshing: false });
    for (let second = 10; second < 60; second += 10) {
      clock.now += 10_000;
      expect(await checkStatus('claude', deps({ force: true }))).toMatchObject({ health: 'unknown', reason: 'network' });
    }
    expect(fetch).toHaveBeenCalledTimes(1);
    // A failure is retried after a minute, not after the full max age: the failure may be ours.
    page.fail = false;
    clock.now += 10_000;
    const { onUpdate, update } = nextUpdate();
    expect(await checkStatus('claude', deps({ onUpdate }))).toMatchObject({ health: 'unknown', refreshing: true });
    expect(await update).toMatchObject({ health: 'operational' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not ask while another part of Detour asked less than a minute ago', async () => {
    const { clock, fetch, deps } = statusPage();
    await fakeBrowser.storage.local.set({ [cacheKey(claude)]: { version: 1, requestedAt: clock.now - 10_000 } });
    expect(await checkStatus('claude', deps())).toMatchObject({ health: 'unknown', reason: 'pending', refreshing: true });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('ignores a stored entry it cannot read', async () => {
    const { fetch, deps } = statusPage();
    await fakeBrowser.storage.local.set({ [cacheKey(claude)]: { version: 1, requestedAt: 'yesterday', result: 42 } });
    expect(await checkStatus('claude', deps())).toMatchObject({ health: 'operational' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each<[string, (result: StoredResult) => StoredResult]>([
    ['a health it does not know', (result) => ({ ...result, status: { ...result.status, health: 'exploded' } })],
    ['a summary that is not text', (result) => ({ ...result, status: { ...result.status, summary: 42 } })],
    ['checkedAt as a string', (result) => ({ ...result, checkedAt: String(result.checkedAt) })],
  ])('treats a stored answer with %s as no answer', async (_, spoil) => {
    const { clock, fetch, deps } = statusPage();
    // Well-formed, this answer would be served as fresh, without a request.
    const result = spoil({ status: { health: 'down', summary: 'claude.ai: major outage' }, checkedAt: clock.now - MINUTE });
    await fakeBrowser.storage.local.set({ [cacheKey(claude)]: { version: 1, requestedAt: clock.now - 10 * MINUTE, result } });
    expect(await checkStatus('claude', deps())).toMatchObject({ health: 'operational', refreshing: false });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the request time of a stored entry whose answer it cannot read', async () => {
    const { clock, fetch, deps } = statusPage();
    const result = { status: { health: 'exploded', summary: '' }, checkedAt: clock.now - 10_000 };
    await fakeBrowser.storage.local.set({ [cacheKey(claude)]: { version: 1, requestedAt: clock.now - 10_000, result } });
    expect(await checkStatus('claude', deps())).toMatchObject({ health: 'unknown', reason: 'pending' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('drops only the stored components it cannot read', async () => {
    const { clock, fetch, deps } = statusPage();
    const components = [{ name: 'claude.ai', health: 'down' }, { name: 'API', health: 'exploded' }, 'Console'];
    const status = { health: 'down', summary: 'claude.ai: major outage', scope: 'components', components };
    await fakeBrowser.storage.local.set({
      [cacheKey(claude)]: { version: 1, requestedAt: clock.now - MINUTE, result: { status, checkedAt: clock.now - MINUTE } },
    });
    const cached = await checkStatus('claude', deps());
    expect(fetch).not.toHaveBeenCalled();
    expect(cached).toMatchObject({ health: 'down', scope: 'components' });
    expect(cached?.components).toEqual([{ name: 'claude.ai', health: 'down' }]);
  });

  it('answers undefined, without a request, for a chatbot with no official status page', async () => {
    const { fetch, deps } = statusPage();
    expect(await checkStatus('copilot', deps())).toBeUndefined();
    expect(await checkStatus('mistral', deps())).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps pages apart', async () => {
    const { fetch, deps } = statusPage();
    await checkStatus('claude', deps());
    const other = { ...claude, url: 'https://status.example.com/api/v2/summary.json' };
    await checkSource(other, deps());
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
