import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { DetourDb } from '../db/schema';
import { sightingsSince } from '../db/sightings';
import { notifyRecovery } from '../retry/notification';
import { OWN_EVIDENCE_MS, type OfficialStatus, providerView, type ProviderView } from './view';
import { markRetryOffered, promptsToRetry } from '../retry/offers';
import { SITES } from '../sites';
import type { SiteAdapter, SiteId, StatusSource } from '../sites/types';
import { checkStatus } from '../status/cache';
import { optionalStatusPatterns } from '../status/sources';
import type { CheckedStatus } from '../status/types';

/**
 * The background's view of every chatbot: official status (cached, rate-limited) beside the
 * failures seen in this browser, and the recovery offers that follow from them.
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

async function officialOf(db: DetourDb, site: SiteAdapter, options: GatherOptions, now: () => number): Promise<OfficialStatus> {
  const source = site.status;
  if (!source) return { kind: 'none' };
  if (!(await mayRead(source))) return { kind: 'needs-permission' };
  const noted = (status: CheckedStatus) => {
    void noteOfficialStatus(db, site.id, status, now());
    return status;
  };
  const check = checkStatus(site.id, { force: options.force ?? false, onUpdate: noted }).then((status) => status && noted(status));
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
  const seen = await sightingsSince(db, now() - OWN_EVIDENCE_MS);
  return Promise.all(SITES.map(async (site) => providerView(site.id, await officialOf(db, site, options, now), seen[site.id])));
}

const problemKey = (site: SiteId) => `local:official-problem-${site}` as const;

/**
 * Follows each chatbot's official status: a page that showed trouble and now says operational is a
 * recovery, and the prompts that failed there are offered for a retry. (An operational page alone
 * proves nothing: official pages lag real outages.)
 */
export async function noteOfficialStatus(db: DetourDb, site: SiteId, status: CheckedStatus, now: number): Promise<void> {
  if (status.health === 'degraded' || status.health === 'down') {
    await storage.setItem(problemKey(site), status.checkedAt);
  } else if (status.health === 'operational' && (await storage.getItem<number>(problemKey(site))) !== null) {
    await storage.removeItem(problemKey(site));
    await offerRetries(db, site, now);
  }
}

/**
 * A chatbot works again (its status page, or a reply in a tab): offer, once, to retry the prompt
 * that failed there most recently. `except` is the prompt whose answer showed the recovery.
 */
export async function offerRetries(db: DetourDb, site: SiteId, now: number, except?: string): Promise<void> {
  const failed = await promptsToRetry(db, site, now, except);
  const [latest] = failed;
  if (!latest) return;
  await notifyRecovery(latest, failed.length);
  await markRetryOffered(db, failed, now);
}
