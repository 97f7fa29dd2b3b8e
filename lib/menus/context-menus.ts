import { browser } from 'wxt/browser';
import { openWithText } from '../deliver/open';
import { t } from '../i18n';
import { sendMessage } from '../messaging/protocol';
import { Serial } from '../messaging/serial';
import { alternativeOrder, loadSettings, type Settings, watchSettings } from '../settings';
import { chatbotMatchPatterns, siteName } from '../sites';
import { SITE_IDS, type SiteId } from '../sites/types';

/**
 * The right-click menus: "Send to ▸ Claude / Gemini / …" on text selected in any page, and
 * "Send this prompt to ▸ …" on a chatbot's message box. Neither needs a host permission: the
 * selection comes with the click, and the message box is read by Detour's own content script,
 * which already runs on the chatbots' pages.
 */

export const MENU_SOURCES = ['selection', 'composer'] as const;
export type MenuSource = (typeof MENU_SOURCES)[number];

export interface MenuItem {
  readonly id: string;
  readonly parentId?: string;
  readonly title: string;
  readonly contexts: ['selection' | 'editable'];
  readonly documentUrlPatterns?: string[];
}

const parentId = (source: MenuSource) => `detour-${source}`;

/** Every menu item, in the order of the alternatives; the chatbots' menu only on their pages. */
export function menuItems(order: readonly SiteId[]): MenuItem[] {
  return MENU_SOURCES.flatMap((source) => {
    const common = source === 'selection'
      ? { contexts: ['selection'] as ['selection'] }
      : { contexts: ['editable'] as ['editable'], documentUrlPatterns: chatbotMatchPatterns() };
    const parent = { id: parentId(source), title: t(source === 'selection' ? 'menuSendSelection' : 'menuSendComposer'), ...common };
    return [parent, ...order.map((site) => ({ id: `${parent.id}:${site}`, parentId: parent.id, title: siteName(site), ...common }))];
  });
}

/** What a clicked item asks for, or undefined for an item that is not Detour's. */
export function menuChoice(menuItemId: string | number): { source: MenuSource; target: SiteId } | undefined {
  const [prefix, target] = String(menuItemId).split(':');
  const source = MENU_SOURCES.find((candidate) => parentId(candidate) === prefix);
  return source && (SITE_IDS as readonly string[]).includes(target ?? '') ? { source, target: target as SiteId } : undefined;
}

// Rebuilding is remove-all-then-create: two rebuilds at once would create each item twice.
const rebuilds = new Serial();

/**
 * Puts the menus in place, in the order of `settings` (at every start of the background, since
 * Firefox forgets menus on restart and Chrome keeps them, and whenever the order changes).
 */
export function buildMenus(settings: Pick<Settings, 'preferredOrder' | 'pausedSites'>): Promise<void> {
  return rebuilds.run(async () => {
    await browser.contextMenus.removeAll();
    for (const item of menuItems(alternativeOrder(settings))) {
      // Resolves once created; a failure (an item the browser refuses) must not stop the rest.
      await new Promise<void>((resolve) => {
        browser.contextMenus.create(item, () => {
          void browser.runtime.lastError;
          resolve();
        });
      });
    }
  });
}

/** What a chatbot tab's message box holds now; empty when its content script does not answer. */
async function composerText(tabId: number): Promise<string> {
  const reply = await sendMessage('composer.read', {}, tabId).catch(() => undefined);
  return reply?.text ?? '';
}

export interface MenuClick {
  readonly menuItemId: string | number;
  readonly selectionText?: string;
}

/** A click on one of Detour's items: opens the chosen chatbot with the text. */
export async function onMenuClick(info: MenuClick, tabId: number | undefined, now: () => number = Date.now): Promise<void> {
  const choice = menuChoice(info.menuItemId);
  if (!choice) return;
  const fromComposer = choice.source === 'composer' && tabId !== undefined ? await composerText(tabId) : '';
  // A selection inside the message box comes with the click too, should the page not answer.
  const text = fromComposer.trim() ? fromComposer : (info.selectionText ?? '');
  if (!text.trim()) return;
  await openWithText({ target: choice.target, text, openerTabId: tabId }, now());
}

/** Menus in place and listening; rebuilt when the alternatives (their order, a pause) change. */
export function registerMenus(): void {
  let built = '';
  const build = (settings: Settings) => {
    const order = alternativeOrder(settings).join();
    if (order === built) return;
    built = order;
    void buildMenus(settings);
  };
  void loadSettings().then(build);
  watchSettings(build);
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab?.id));
}
