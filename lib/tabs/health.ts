import { badgeLook, showBadge } from './badge';
import type { TabRecord } from '../model';
import type { DetourDb } from '../db/schema';
import { recordSighting } from '../db/sightings';
import { t } from '../i18n';
import { type Arrival, arrive, type Gate, loopFailure, loopOf } from './navigation';
import { carriesPrompt, combinedHealth, failureOfError, failureOfStatus } from './network';
import { SerialByKey } from '../messaging/serial';
import { isPaused, loadSettings } from '../settings';
import { siteForUrl } from '../sites';
import { clearNetworkEvidence, getArrivals, getNetworkEvidence, getTabRecord, markSighted, putArrivals, putNetworkEvidence } from './records';

const describeLoop = (gate: Gate, count: number) => t(gate === 'sign-in' ? 'failureSignInLoop' : 'failureChallengeLoop', count);

/**
 * A tab's health as Detour shows it (badge, popup): what its page reported, combined with what
 * the background saw on its chat requests and in its navigations (a login or challenge loop).
 */
export async function currentTab(tabId: number, now: number = Date.now()): Promise<TabRecord | undefined> {
  const [record, network, arrivals] = await Promise.all([getTabRecord(tabId), getNetworkEvidence(tabId), getArrivals(tabId)]);
  const loop = loopOf(arrivals, record, now);
  const health = loop ? { status: 'failed' as const, failure: loopFailure(loop, describeLoop) } : combinedHealth(record?.health, network);
  if (!health) return undefined;
  if (record) return { ...record, health };
  const site = network?.site ?? arrivals.at(-1)?.site;
  return site && { tabId, site, url: '', health, at: network?.at ?? now };
}

/** The tab arrived at a gate of `site` (its sign-in page, a challenge): counted towards a loop. */
export async function noteArrival(db: DetourDb, tabId: number, arrival: Arrival, now: number): Promise<void> {
  // One after another: a redirect's two updates at once would each count on the other's absence.
  await arrivals.run(tabId, async () => putArrivals(tabId, arrive(await getArrivals(tabId), arrival)));
  await refreshTab(db, tabId, now);
}

const arrivals = new SerialByKey<number>();

/**
 * Puts the tab's health on its toolbar button, and counts a failure episode it shows for the
 * first time as a sighting (Detour's own evidence that the chatbot is in trouble). Refreshes of
 * one tab run one after another: two at once would both count the failure, or leave the badge
 * showing the older state.
 */
export function refreshTab(db: DetourDb, tabId: number, now: number): Promise<TabRecord | undefined> {
  return refreshes.run(tabId, async () => {
    const tab = await currentTab(tabId, now);
    await showBadge(tabId, badgeLook(tab));
    const failure = tab?.health.status === 'failed' ? tab.health.failure : undefined;
    if (tab && (await markSighted(tabId, failure !== undefined)) && failure) await recordSighting(db, tab.site, failure, now);
    return tab;
  });
}

const refreshes = new SerialByKey<number>();

export interface ChatRequest {
  readonly tabId: number;
  readonly url: string;
  readonly method: string;
  readonly type: string;
  readonly statusCode?: number;
  readonly error?: string;
}

/** A chat request finished or failed in a tab: keep or clear the evidence, and update the badge. */
export async function noteChatRequest(db: DetourDb, request: ChatRequest, now: number): Promise<void> {
  const site = siteForUrl(request.url);
  if (request.tabId < 0 || !site || !carriesPrompt(request)) return;
  // A paused site is left alone, its requests included.
  if (isPaused(await loadSettings(), site.id)) return;
  const failure =
    request.error !== undefined
      ? failureOfError(request.error, (error) => t('networkError', error))
      : failureOfStatus(request.statusCode ?? 0, (status) => t('networkStatus', status));
  if (failure) await putNetworkEvidence(request.tabId, { site: site.id, failure, at: now });
  else if (request.error === undefined) await clearNetworkEvidence(request.tabId);
  else return;
  await refreshTab(db, request.tabId, now);
}
