import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Alternative, alternativesFor, rankAlternatives } from '../../lib/providers/rank';
import { alternativeHint } from '../../lib/providers/hint';
import { compareHealth } from '../../lib/status/health';
import { getPrompt, recordOutcome, savePrompt } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { recordSighting } from '../../lib/db/sightings';
import { createHandlers } from '../../lib/messaging/handlers';
import { checkForRecoveries, noteOfficialStatus, offerRetries } from '../../lib/retry/offers';
import { providerView } from '../../lib/providers/view';
import { saveSettings } from '../../lib/settings';
import type { SiteId } from '../../lib/sites/types';
import type { CheckedStatus, Health } from '../../lib/status/types';
import { fakeResponse, readStatusFixture, sourceOf } from '../status/cases';

const checked = (health: Health): CheckedStatus => ({ health, summary: health, checkedAt: 1, page: 'https://status.example/', refreshing: false });
const DAY = 24 * 60 * 60 * 1000;
const seen = { count: 2, last: { site: 'chatgpt', kind: 'error', place: 'turn', text: 'Something went wrong', at: 5 } } as const;

describe('provider view', () => {
  it('takes the official status when Detour saw nothing', () => {
    expect(providerView('claude', { kind: 'checked', status: checked('down') }, undefined)).toMatchObject({ health: 'down', disagree: false });
  });

  it('says so when the status page is operational but Detour saw failures, and counts them', () => {
    expect(providerView('chatgpt', { kind: 'checked', status: checked('operational') }, seen)).toMatchObject({ health: 'degraded', disagree: true });
  });

  it('counts its own failures for a chatbot with no status page', () => {
    expect(providerView('copilot', { kind: 'none' }, seen)).toMatchObject({ health: 'degraded', disagree: false });
  });

  it('never makes an unknown status an outage', () => {
    expect(providerView('grok', { kind: 'checked', status: { ...checked('unknown'), reason: 'moved' } }, undefined).health).toBe('unknown');
  });
});

describe('ranking alternatives', () => {
  const order = ['chatgpt', 'claude', 'gemini', 'mistral', 'deepseek', 'grok', 'copilot', 'perplexity'] as const;
  const sites = (ranked: readonly Alternative[]) => ranked.map((alternative) => alternative.site);
  const NOW = 100 * DAY;

  it('offers healthy first, degraded after, down last, in the person\'s order within each', () => {
    const ranked = rankAlternatives('chatgpt', order, { health: { claude: 'down', gemini: 'degraded', grok: 'operational', mistral: 'unknown' } });
    expect(sites(ranked)).toEqual(['mistral', 'deepseek', 'grok', 'copilot', 'perplexity', 'gemini', 'claude']);
  });

  it('keeps the person\'s order when nothing is known and every chatbot needs an account', () => {
    expect(sites(rankAlternatives('claude', order))).toEqual(order.filter((id) => id !== 'claude'));
  });

  it('puts, within health, where the person got an answer in the last 30 days, then no account needed, then the rest', () => {
    const ranked = rankAlternatives('chatgpt', ['claude', 'grok', 'duckai', 'copilot', 'qwen', 'gemini'], {
      health: { gemini: 'degraded', qwen: 'degraded' },
      lastAnsweredAt: { copilot: NOW - 2 * DAY, grok: NOW - 31 * DAY, gemini: NOW - DAY },
      now: NOW,
    });
    expect(sites(ranked)).toEqual(['copilot', 'duckai', 'claude', 'grok', 'gemini', 'qwen']);
    expect(ranked[0]).toEqual({ site: 'copilot', health: 'unknown', usedAt: NOW - 2 * DAY, needsAccount: false });
    // A use older than 30 days says nothing about a sign-in today.
    expect(ranked[3]).toEqual({ site: 'grok', health: 'unknown', needsAccount: true });
    expect(ranked[4]).toMatchObject({ site: 'gemini', health: 'degraded', usedAt: NOW - DAY });
  });

  it('breaks ties by the person\'s order in every tier', () => {
    const ranked = rankAlternatives(undefined, ['qwen', 'claude', 'duckai', 'grok'], { lastAnsweredAt: {}, now: NOW });
    expect(sites(ranked)).toEqual(['qwen', 'duckai', 'claude', 'grok']);
  });

  it('explains each place in a few words', () => {
    const [used, free, account] = rankAlternatives(undefined, ['duckai', 'claude', 'grok'], { lastAnsweredAt: { grok: NOW - 3 * 3600_000 }, now: NOW });
    expect(alternativeHint(used!, NOW, 'en')).toBe('you used it 3 hours ago');
    expect(alternativeHint(free!, NOW, 'en')).toBe('no account needed');
    expect(alternativeHint(account!, NOW, 'en')).toBe('needs an account');
    expect(alternativeHint({ site: 'poe', health: 'down', needsAccount: true }, NOW, 'en')).toBe('down · needs an account');
  });

  it('has one order of healths, which puts known-good before no news only as a tie-break', () => {
    const healths: Health[] = ['down', 'unknown', 'degraded', 'operational'];
    expect([...healths].sort(compareHealth)).toEqual(['operational', 'unknown', 'degraded', 'down']);
    expect(sites(rankAlternatives(undefined, ['mistral', 'grok'], { health: { mistral: 'unknown', grok: 'operational' } }))).toEqual(['mistral', 'grok']);
  });
});

describe('recovery', () => {
  let db: DetourDb;
  let name: string;
  const failure = { kind: 'error', place: 'turn', text: 'Something went wrong' } as const;

  beforeEach(() => {
    name = `recovery-${crypto.randomUUID()}`;
    db = openDb(name);
    vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(name);
  });

  async function failedPrompt(id: string, at: number) {
    await savePrompt(db, { id, site: 'chatgpt', text: `Prompt ${id}`, url: 'u', createdAt: at, sent: true }, at);
    await recordOutcome(db, id, { outcome: 'failed', failure, url: 'u' }, at);
  }

  it('offers, once, to retry the latest prompt that failed on a chatbot working again', async () => {
    await failedPrompt('old', 1000);
    await failedPrompt('new', 2000);
    await offerRetries(db, 'chatgpt', 3000);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledWith(
      'detour-retry:new',
      expect.objectContaining({ title: 'ChatGPT is working again', message: 'Retry the latest of your 2 prompts that failed there? “Prompt new”' }),
    );
    await offerRetries(db, 'chatgpt', 4000);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(1);
  });

  it('does not offer the prompt whose own answer showed the recovery', async () => {
    await failedPrompt('retried', 1000);
    await offerRetries(db, 'chatgpt', 3000, 'retried');
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
  });

  it('takes a status page back to operational as a recovery only after it showed trouble', async () => {
    await failedPrompt('p', 1000);
    await noteOfficialStatus(db, 'chatgpt', checked('operational'), 2000);
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
    await noteOfficialStatus(db, 'chatgpt', checked('down'), 3000);
    await noteOfficialStatus(db, 'chatgpt', checked('unknown'), 4000);
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
    await noteOfficialStatus(db, 'chatgpt', checked('operational'), 5000);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(1);
  });

  it('keeps its own evidence per site', async () => {
    await recordSighting(db, 'chatgpt', failure, 100);
    expect(await db.sightings.count()).toBe(1);
  });
});

/**
 * The background as the popup, the options page and the in-page notice reach it, with status pages
 * the test controls: Claude's answers what `pages.claude` says, every other page is not found.
 */
describe('reading statuses and acting on them', () => {
  let db: DetourDb;
  let name: string;
  const clock = { now: 0 };
  const now = () => clock.now;
  const pages: Partial<Record<SiteId, string>> = {};
  const popupPage = { kind: 'page', tabId: undefined, url: 'chrome-extension://detour/popup.html' } as const;
  const chatTab = { kind: 'tab', tabId: 1, url: 'https://chatgpt.com/', site: 'chatgpt' } as const;
  const failure = { kind: 'error', place: 'turn', text: 'Something went wrong' } as const;

  /** Claude's summary.json with claude.ai itself in the given state. */
  function claudePage(state: 'major_outage' | 'operational'): string {
    const summary = JSON.parse(readStatusFixture('claude-degraded.json')) as { components: { name: string; status: string }[] };
    for (const part of summary.components) if (part.name === 'claude.ai') part.status = state;
    return JSON.stringify(summary);
  }

  beforeEach(() => {
    name = `board-${crypto.randomUUID()}`;
    db = openDb(name);
    clock.now = Date.UTC(2026, 9, 6, 12, 0, 0);
    for (const site of Object.keys(pages) as SiteId[]) delete pages[site];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const body = url === sourceOf('claude').url ? pages.claude : undefined;
        return body === undefined ? fakeResponse('Not found', { status: 404, contentType: 'text/html', url }) : fakeResponse(body, { url });
      }),
    );
    vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
    // The person has not allowed the optional status host (Google's).
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(name);
  });

  const healthOf = (views: readonly { site: SiteId; health: Health }[], site: SiteId) => views.find((view) => view.site === site)?.health;

  it('lists providers without notifying or offering retries, even across a recovery; the status alarm offers them', async () => {
    const handlers = createHandlers(db, now);
    await savePrompt(db, { id: 'p', site: 'claude', text: 'Plan a picnic', url: 'u', createdAt: clock.now, sent: true }, clock.now);
    await recordOutcome(db, 'p', { outcome: 'failed', failure, url: 'u' }, clock.now);

    pages.claude = claudePage('major_outage');
    await checkForRecoveries(db, now);
    expect(healthOf(await handlers['providers.list']({}, popupPage), 'claude')).toBe('down');

    // Claude is back; the popup opens (a forced check, then the full answer) and is read again.
    pages.claude = claudePage('operational');
    clock.now += 2 * 60_000;
    await handlers['providers.list']({ force: true, waitMs: 300 }, popupPage);
    await vi.waitFor(async () => expect(healthOf(await handlers['providers.list']({}, popupPage), 'claude')).toBe('operational'));
    await handlers['alternatives.rank']({ site: 'chatgpt' }, chatTab);
    // Time for any side effect the reads set off to show.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
    expect((await getPrompt(db, 'p'))?.retryOfferedAt).toBeUndefined();

    await checkForRecoveries(db, now);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledWith('detour-retry:p', expect.objectContaining({ title: 'Claude is working again' }));
    expect((await getPrompt(db, 'p'))?.retryOfferedAt).toBe(clock.now);
  });

  it('ranks alternatives the same in the popup, the options page and the in-page notice', async () => {
    const handlers = createHandlers(db, now);
    const { preferredOrder } = await saveSettings({
      preferredOrder: ['claude', 'gemini', 'chatgpt', 'mistral', 'deepseek', 'grok', 'copilot', 'perplexity'],
    });
    pages.claude = claudePage('major_outage');
    await recordSighting(db, 'gemini', failure, clock.now - 60_000);
    // The person got an answer on Grok a day ago (a prompt Detour saw answered there).
    await savePrompt(db, { id: 'g', site: 'grok', text: 'Hi', url: 'https://grok.com/c/1', createdAt: clock.now - DAY, sent: true }, clock.now - DAY);
    await recordOutcome(db, 'g', { outcome: 'answered', url: 'https://grok.com/c/1' }, clock.now - DAY);

    // Both pages rank what 'providers.list' answers; the notice asks the background to rank.
    const providers = await handlers['providers.list']({}, popupPage);
    expect(providers.find((view) => view.site === 'grok')?.lastAnsweredAt).toBe(clock.now - DAY);
    const popup = alternativesFor('chatgpt', preferredOrder, providers, clock.now);
    const options = alternativesFor('chatgpt', preferredOrder, providers, clock.now);
    const notice = await handlers['alternatives.rank']({ site: 'chatgpt' }, chatTab);

    const expected = ['grok', 'duckai', 'qwen', 'mistral', 'deepseek', 'copilot', 'perplexity', 'huggingchat', 'meta', 'poe', 'kimi', 'gemini', 'claude'];
    expect(popup.map((alternative) => alternative.site)).toEqual(expected);
    expect(options).toEqual(popup);
    expect(notice).toEqual(popup);
    expect(popup).toEqual(
      rankAlternatives('chatgpt', preferredOrder, { health: { claude: 'down', gemini: 'degraded' }, lastAnsweredAt: { grok: clock.now - DAY }, now: clock.now }),
    );
  });
});
