import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../public/_locales/en/messages.json';

/**
 * What WXT's fake browser leaves out (or does unlike browsers) and Detour uses: i18n (from the English messages, with
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

/** A tab with nothing listening yet: browsers reject the message (the fake throws at once). */
const tabWithoutListener = async () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.tabs, { sendMessage: tabWithoutListener });
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });
  Object.assign(fakeBrowser, { action: fakeToolbarButton() });
});

/** What the (fake) toolbar button shows for a tab: its badge text and title. */
export async function readBadge(tabId: number): Promise<{ text: string; title: string }> {
  const button = (fakeBrowser as unknown as { action: ReturnType<typeof fakeToolbarButton> }).action;
  return { text: await button.getBadgeText({ tabId }), title: await button.getTitle({ tabId }) };
}
