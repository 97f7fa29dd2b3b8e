import { badgeLook, showBadge } from './badge';
import type { TabRecord } from '../model';
import type { DetourDb } from '../db/schema';
import { recordSighting } from '../db/sightings';
import { t } from '../i18n';
import { carriesPrompt, combinedHealth, failureOfError, failureOfStatus } from './network';
import { SerialByKey } from '../messaging/serial';
import { siteForUrl } from '../sites';
import { clearNetworkEvidence, getNetworkEvidence, getTabRecord, markSighted, putNetworkEvidence } from './records';

/**
 * A tab's health as Detour shows it (badge, popup): what its page reported, combined with what
 * the background saw on its chat requests.
 */
export async function currentTab(tabId: number): Promise<TabRecord | undefined> {
  const [record, network] = await Promise.all([getTabRecord(tabId), getNetworkEvidence(tabId)]);
  const health = combinedHealth(record?.health, network);
  if (!health) return undefined;
  if (record) return { ...record, health };
  return { tabId, site: network!.site, url: '', health, at: network!.at };
}

/**
 * Puts the tab's health on its toolbar button, and counts a failure episode it shows for the
 * first time as a sighting (Detour's own evidence that the chatbot is in trouble). Refreshes of
 * one tab run one after another: two at once would both count the failure, or leave the badge
 * showing the older state.
 */
export function refreshTab(db: DetourDb, tabId: number, now: number): Promise<TabRecord | undefined> {
  return refreshes.run(tabId, async () => {
    const tab = await currentTab(tabId);
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
  const failure =
    request.error !== undefined
      ? failureOfError(request.error, (error) => t('networkError', error))
      : failureOfStatus(request.statusCode ?? 0, (status) => t('networkStatus', status));
  if (failure) await putNetworkEvidence(request.tabId, { site: site.id, failure, at: now });
  else if (request.error === undefined) await clearNetworkEvidence(request.tabId);
  else return;
  await refreshTab(db, request.tabId, now);
}
