import { browser } from 'wxt/browser';
import { siteForUrl, siteName } from '../sites';
import type { SiteId } from '../sites/types';
import type { HandledType, Request } from './protocol';

/**
 * Who may send each message. The browser sets a message's sender (its tab and its URL); no page
 * can. Detour's own pages (popup, options, in a tab or not) may ask anything about the library;
 * Detour in a chatbot tab may only speak for its own tab and its own site, and once that tab is
 * closing, only write what it was writing (see ClosingTabSender).
 */

/** A page of Detour's own: the popup or the options page, opened as a popup, a tab or embedded. */
export interface PageSender {
  readonly kind: 'page';
  readonly tabId: number | undefined;
  readonly url: string;
}

/** Detour's content script in a chatbot's tab. */
export interface TabSender {
  readonly kind: 'tab';
  readonly tabId: number;
  readonly url: string;
  readonly site: SiteId;
}

/**
 * Detour's content script in a chatbot page whose tab is already going: Firefox sends a message
 * that a page sends as its tab closes (the save on pagehide, the last keystrokes of a prompt)
 * with the page's URL but no tab and no frame. Only web content Detour runs in can send with a
 * chatbot's URL (no web page can message Detour), so it is that page; it has no tab left to
 * speak for, so it may only hand over what it was writing: its own site's saves and outcomes.
 */
export interface ClosingTabSender {
  readonly kind: 'closing tab';
  readonly tabId: undefined;
  readonly url: string;
  readonly site: SiteId;
}

export type Sender = PageSender | TabSender | ClosingTabSender;

/** The sender as the browser reports it; anything else (a tab Detour does not run in) is no one. */
export function senderOf(sender: { readonly tab?: { readonly id?: number }; readonly url?: string }): Sender | undefined {
  const { url } = sender;
  const tabId = sender.tab?.id;
  if (url === undefined) return undefined;
  // The extension's own origin, which no web page can have.
  if (url.startsWith(browser.runtime.getURL('/'))) return { kind: 'page', tabId, url };
  const site = siteForUrl(url);
  if (!site) return undefined;
  // No tab (Firefox, as the tab closes): what the page still writes is not refused for that.
  return tabId === undefined ? { kind: 'closing tab', tabId: undefined, url, site: site.id } : { kind: 'tab', tabId, url, site: site.id };
}

/**
 * Which senders a message is for. 'tab, closing too': the chat page's writes (its outbox), which
 * need no tab and must land even from a page whose tab is closing.
 */
type From = 'pages' | 'tab' | 'tab, closing too' | 'pages or tab';

/** What a request says about the tab it comes from: a tab may only say it of itself. */
interface Claims {
  readonly site?: SiteId;
  readonly url?: string;
  readonly tabId?: number;
}

interface Rule<K extends HandledType> {
  readonly from: From;
  readonly claims?: (data: Request<K>) => Claims;
}

export const CALLERS = {
  // The save made as the tab closes is the last of a prompt's text: it is taken without a tab.
  'prompt.save': { from: 'tab, closing too', claims: ({ site, url }) => ({ site, url }) },
  // A new copy of the content script (after an update) asks for its own tab's unfinished prompt.
  'draft.resume': { from: 'tab', claims: ({ site }) => ({ site }) },
  'prompt.outcome': { from: 'tab, closing too', claims: ({ url }) => ({ url }) },
  'prompt.rescue': { from: 'tab', claims: ({ site, url }) => ({ site, url }) },
  'tab.report': { from: 'tab', claims: ({ site, url }) => ({ site, url }) },
  'tab.get': { from: 'pages' },
  'prompts.list': { from: 'pages' },
  'prompts.get': { from: 'pages' },
  'prompts.delete': { from: 'pages' },
  'prompts.restore': { from: 'pages' },
  'prompts.edit': { from: 'pages' },
  'prompts.tags': { from: 'pages' },
  // From the popup, or from the in-page notice of the tab whose prompt it is.
  'send.open': { from: 'pages or tab', claims: ({ openerTabId }) => ({ tabId: openerTabId }) },
  'chat.extras': { from: 'tab' },
  'delivery.claim': { from: 'tab' },
  'providers.list': { from: 'pages' },
  'alternatives.rank': { from: 'tab', claims: ({ site }) => ({ site }) },
  // From the popup, or from the in-page notice of the tab whose prompt it is (checked on the record).
  'resend.schedule': { from: 'pages or tab' },
  'resend.cancel': { from: 'pages' },
  'resend.list': { from: 'pages' },
} as const satisfies { [K in HandledType]: Rule<K> };

/** The sender a message's handler is given: the only kind that may send it. */
export type SenderOf<K extends HandledType> = (typeof CALLERS)[K]['from'] extends 'pages'
  ? PageSender
  : (typeof CALLERS)[K]['from'] extends 'tab'
    ? TabSender
    : (typeof CALLERS)[K]['from'] extends 'tab, closing too'
      ? TabSender | ClosingTabSender
      : PageSender | TabSender;

/** A message Detour will not answer: from the wrong sender, or not in its message's shape. */
export class RefusedError extends Error {
  readonly code = 'refused';

  constructor(type: HandledType, why: string) {
    super(`Detour refused "${type}": ${why}.`);
  }
}

/** Refuses a message its sender may not send (before its request is read). */
export function checkSender(type: HandledType, sender: Sender | undefined): asserts sender is Sender {
  const { from } = CALLERS[type];
  if (!sender) throw new RefusedError(type, 'it comes from neither a page of Detour nor a chatbot tab Detour runs in');
  if (sender.kind === 'page' && (from === 'tab' || from === 'tab, closing too')) throw new RefusedError(type, 'only Detour in a chatbot tab sends it');
  if (sender.kind !== 'page' && from === 'pages') throw new RefusedError(type, "only Detour's own pages may send it");
  if (sender.kind === 'closing tab' && from !== 'tab, closing too') throw new RefusedError(type, 'its tab is closing (the browser names no tab for it)');
}

/** Refuses a request in which a tab speaks for another site, page or tab. */
export function checkClaims<K extends HandledType>(type: K, data: Request<K>, sender: Sender): void {
  const rule = CALLERS[type] as Rule<K>;
  if (sender.kind === 'page' || !rule.claims) return;
  const { site, url, tabId } = rule.claims(data);
  const own = siteName(sender.site);
  if (site !== undefined && site !== sender.site) throw new RefusedError(type, `a ${own} tab cannot speak for ${siteName(site)}`);
  if (url !== undefined && siteForUrl(url)?.id !== sender.site) throw new RefusedError(type, `a ${own} tab cannot speak for the page ${url}`);
  if (tabId !== undefined && tabId !== sender.tabId) throw new RefusedError(type, 'a tab cannot speak for another tab');
}

/** Refuses a tab's request about a prompt of another site. */
export function checkOwnPrompt(type: HandledType, prompt: { readonly site: SiteId } | undefined, sender: Sender): void {
  if (sender.kind !== 'page' && prompt && prompt.site !== sender.site) {
    throw new RefusedError(type, `a ${siteName(sender.site)} tab cannot speak for a prompt written in ${siteName(prompt.site)}`);
  }
}
