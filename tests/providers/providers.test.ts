import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rankAlternatives } from '../../lib/providers/rank';
import { recordOutcome, savePrompt } from '../../lib/db/prompts';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { recordSighting } from '../../lib/db/sightings';
import { noteOfficialStatus, offerRetries } from '../../lib/providers/board';
import { providerView } from '../../lib/providers/view';
import type { CheckedStatus, Health } from '../../lib/status/types';

const checked = (health: Health): CheckedStatus => ({ health, summary: health, checkedAt: 1, page: 'https://status.example/', refreshing: false });
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

  it('offers healthy first, degraded after, down last, in the person\'s order within each', () => {
    const ranked = rankAlternatives('chatgpt', order, { claude: 'down', gemini: 'degraded', grok: 'operational', mistral: 'unknown' });
    expect(ranked).toEqual(['mistral', 'deepseek', 'grok', 'copilot', 'perplexity', 'gemini', 'claude']);
  });

  it('keeps the person\'s order when nothing is known', () => {
    expect(rankAlternatives('claude', order)).toEqual(order.filter((id) => id !== 'claude'));
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
