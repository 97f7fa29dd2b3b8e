import { browser } from 'wxt/browser';
import type { DetourDb } from '../db/schema';
import { lastAnswers } from '../db/prompts';
import { sightingsSince } from '../db/sightings';
import { OWN_EVIDENCE_MS, type OfficialStatus, providerView, type ProviderView } from './view';
import { alternativeOrder, loadSettings } from '../settings';
import { SITES } from '../sites';
import type { SiteAdapter, SiteId, StatusSource } from '../sites/types';
import { type Alternative, alternativesFor, RECENT_ANSWER_MS } from './rank';
import { type CheckDeps, checkStatus } from '../status/cache';
import { optionalStatusPatterns } from '../status/sources';
import type { CheckedStatus } from '../status/types';

/**
 * The background's view of every chatbot: official status (cached, rate-limited) beside the
 * failures seen in this browser. Reading it has no side effect beyond refreshing the status cache:
 * what follows from a recovery is lib/retry/'s, on the status alarm.
 */

export interface GatherOptions {
  /** Ask the status pages even when the cached answer is fresh (still once a minute at most). */
  readonly force?: boolean;
  /** Answer within this long with what is known, marking the rest as still being checked. */
  readonly waitMs?: number;
}

async function mayRead(source: StatusSource): Promise<boolean> {
  if (!source.optional) return true;
  return browser.permissions.contains({ origins: optionalStatusPatterns() }).catch(() => false);
}

function within<T>(promise: Promise<T>, ms: number | undefined, fallback: T): Promise<T> {
  if (ms === undefined) return promise;
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);
}

/**
 * A chatbot's official status where Detour may read it (cached, rate-limited: lib/status/cache.ts);
 * `undefined` for a chatbot with no status page, or one whose host the person has not allowed.
 */
export async function checkOfficialStatus(site: SiteAdapter, deps: CheckDeps = {}): Promise<CheckedStatus | undefined> {
  return site.status && (await mayRead(site.status)) ? checkStatus(site.id, deps) : undefined;
}

async function officialOf(site: SiteAdapter, options: GatherOptions, now: () => number): Promise<OfficialStatus> {
  const source = site.status;
  if (!source) return { kind: 'none' };
  if (!(await mayRead(source))) return { kind: 'needs-permission' };
  const check = checkStatus(site.id, { force: options.force ?? false, now });
  const pending: CheckedStatus = {
    health: 'unknown',
    reason: 'pending',
    summary: '',
    checkedAt: now(),
    page: source.page,
    refreshing: true,
  };
  const status = await within(check, options.waitMs, pending);
  return status ? { kind: 'checked', status } : { kind: 'none' };
}

export async function gatherProviders(db: DetourDb, options: GatherOptions, now: () => number = Date.now): Promise<ProviderView[]> {
  const [seen, answered] = await Promise.all([sightingsSince(db, now() - OWN_EVIDENCE_MS), lastAnswers(db, SITES.map((site) => site.id), now() - RECENT_ANSWER_MS)]);
  return Promise.all(
    SITES.map(async (site) => providerView(site.id, await officialOf(site, options, now), seen[site.id], answered[site.id])),
  );
}

/**
 * The alternatives to `site` right now, as the notice, the keyboard shortcut and the menus offer
 * them: healthiest first within the person's order, paused sites left out, never waiting long
 * for a status page.
 */
export async function alternativesNow(db: DetourDb, site: SiteId | undefined, now: () => number = Date.now): Promise<Alternative[]> {
  const [providers, settings] = await Promise.all([gatherProviders(db, { waitMs: 300 }, now), loadSettings()]);
  return alternativesFor(site, alternativeOrder(settings), providers, now());
}
