import { browser } from 'wxt/browser';
import { getPrompt } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import { t } from '../i18n';
import type { Delivery } from '../model';
import { loadSettings } from '../settings';
import { siteById } from '../sites';
import type { SiteId } from '../sites/types';
import { sendMessage } from '../messaging/protocol';
import { putDelivery } from '../tabs/records';
import { composeOutgoing } from './compose';

/** A delivery cannot start: the reason is in the person's language, as the page shows it. */
function refuse(message: string): never {
  throw new Error(message);
}

/**
 * Opens `url` in a new tab (beside the opener, when there is one) and hands that tab `delivery`;
 * Detour's content script there fills the composer and, if the delivery says so, sends.
 */
export async function openWithDelivery(url: string, delivery: Delivery, now: number, openerTabId?: number): Promise<{ tabId: number }> {
  const opener = openerTabId === undefined ? undefined : await browser.tabs.get(openerTabId).catch(() => undefined);
  const tab = await browser.tabs.create({
    url,
    active: true,
    ...(opener?.id !== undefined && { openerTabId: opener.id, index: opener.index + 1 }),
  });
  if (tab.id === undefined) refuse(t('noTabOpened'));
  await putDelivery(tab.id, delivery, now);
  // The page may have asked before the prompt was stored: tell it (if it is not listening yet, it
  // will ask once it starts).
  await sendMessage('delivery.ready', {}, tab.id).catch(() => undefined);
  return { tabId: tab.id };
}

/** Opens `target`'s new-chat page with the prompt (and, when asked, its conversation as context). */
export async function openWithPrompt(
  db: DetourDb,
  request: { readonly promptId: string; readonly target: SiteId; readonly withContext: boolean; readonly openerTabId?: number },
  now: number,
): Promise<{ tabId: number }> {
  const record = await getPrompt(db, request.promptId);
  if (!record) refuse(t('promptGone'));
  const site = siteById(request.target) ?? refuse(t('unknownChatbot', request.target));
  const settings = await loadSettings();
  const composed = composeOutgoing(record, request.withContext, site);
  const delivery = { text: composed.text, target: request.target, send: settings.sendMode === 'send' };
  return openWithDelivery(site.newChatUrl, delivery, now, request.openerTabId);
}

/** The same for a text that is not (or not yet) a saved prompt: a selection, a composer's content. */
export async function openWithText(
  request: { readonly target: SiteId; readonly text: string; readonly openerTabId?: number },
  now: number,
): Promise<{ tabId: number }> {
  const site = siteById(request.target) ?? refuse(t('unknownChatbot', request.target));
  const settings = await loadSettings();
  return openWithDelivery(site.newChatUrl, { text: request.text, target: request.target, send: settings.sendMode === 'send' }, now, request.openerTabId);
}
