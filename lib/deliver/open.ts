import { browser } from 'wxt/browser';
import { getPrompt } from '../db/prompts';
import type { DetourDb } from '../db/schema';
import { t } from '../i18n';
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
 * Opens `target` in a new tab (beside the opener, when there is one) and hands that tab the
 * saved prompt; Detour's content script there fills the composer and, unless set to fill only, sends.
 */
export async function openWithPrompt(
  db: DetourDb,
  request: { readonly promptId: string; readonly target: SiteId; readonly withContext: boolean; readonly openerTabId?: number },
  now: number,
): Promise<{ tabId: number }> {
  const record = await getPrompt(db, request.promptId);
  if (!record) refuse(t('promptGone'));
  return openWithText({ target: request.target, text: composeOutgoing(record, request.withContext), openerTabId: request.openerTabId }, now);
}

/** The same for a text that is not (or not yet) a saved prompt: a selection, a composer's content. */
export async function openWithText(
  request: { readonly target: SiteId; readonly text: string; readonly openerTabId?: number },
  now: number,
): Promise<{ tabId: number }> {
  const site = siteById(request.target) ?? refuse(t('unknownChatbot', request.target));
  const settings = await loadSettings();
  const opener = request.openerTabId === undefined ? undefined : await browser.tabs.get(request.openerTabId).catch(() => undefined);
  const tab = await browser.tabs.create({
    url: site.newChatUrl,
    active: true,
    ...(opener?.id !== undefined && { openerTabId: opener.id, index: opener.index + 1 }),
  });
  if (tab.id === undefined) refuse(t('noTabOpened'));
  await putDelivery(tab.id, { text: request.text, target: request.target, send: settings.sendMode === 'send' }, now);
  // The page may have asked before the prompt was stored: tell it (if it is not listening yet, it
  // will ask once it starts).
  await sendMessage('delivery.ready', {}, tab.id).catch(() => undefined);
  return { tabId: tab.id };
}
