import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../public/_locales/en/messages.json';

/**
 * What WXT's fake browser leaves out and Detour uses: i18n (from the English messages, with
 * $1…$9 filled as browsers do) and the toolbar button's per-tab badge and title.
 */
type Messages = Record<string, { message: string }>;

function getMessage(key: string, substitutions?: string | string[]): string {
  const message = (english as Messages)[key]?.message ?? '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '');
}

function fakeToolbarButton() {
  const badges = new Map<number, { text: string; title: string; color: string }>();
  const of = (tabId: number) => badges.get(tabId) ?? { text: '', title: 'Detour', color: '' };
  return {
    setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, { ...of(tabId), text }),
    setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void badges.set(tabId, { ...of(tabId), title }),
    setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) =>
      void badges.set(tabId, { ...of(tabId), color }),
    getBadgeText: async ({ tabId }: { tabId: number }) => of(tabId).text,
    getTitle: async ({ tabId }: { tabId: number }) => of(tabId).title,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });
  Object.assign(fakeBrowser, { action: fakeToolbarButton() });
});
