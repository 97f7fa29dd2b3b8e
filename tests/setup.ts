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

/**
 * Runtime and tab messaging as the browsers do it (lib/messaging/wire.ts), which WXT's fake
 * browser does not provide: a promise of the reply, or a rejection when no listener answers.
 * Every listener in this one test context hears every message, as the background and a content
 * script would between them; the sender a message appears to come from is set with `sendAs`
 * (Detour's options page by default).
 */
type RootListener = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => boolean | undefined;
const messageListeners = new Set<RootListener>();
export type FakeSender = { tab?: { id: number }; url?: string };
/** Who the page under test is, for the whole test (see sendFrom); Detour's options page by default. */
let defaultSender: FakeSender = {};
let currentSender: FakeSender = {};
const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

function dispatch(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let answered = false;
    let waiting = false;
    const respond = (response: unknown) => {
      if (answered) return;
      answered = true;
      resolve(response);
    };
    for (const listener of messageListeners) if (listener(message, sender, respond) === true) waiting = true;
    if (!waiting && !answered) reject(new Error(NO_RECEIVER));
  });
}

/** WXT's setup makes the global `chrome` the fake browser: these go on it after each reset. */
function fakeMessaging() {
  Object.assign(fakeBrowser.runtime, {
    sendMessage: (message: unknown) => dispatch(message, currentSender),
    onMessage: {
      addListener: (listener: RootListener) => void messageListeners.add(listener),
      removeListener: (listener: RootListener) => void messageListeners.delete(listener),
      hasListener: (listener: RootListener) => messageListeners.has(listener),
    },
  });
  Object.assign(fakeBrowser.tabs, {
    sendMessage: (_tabId: number, message: unknown) => dispatch(message, { id: fakeBrowser.runtime.id }),
  });
}

/** Runs `send` as if from `sender` (a chat tab, say), then goes back to the default sender. */
export async function sendAs<T>(sender: FakeSender, send: () => Promise<T>): Promise<T> {
  currentSender = sender;
  try {
    return await send();
  } finally {
    currentSender = defaultSender;
  }
}

/**
 * Until the test ends, messages come from `sender` unless sendAs says otherwise: a content script
 * under test sends from timers and observers, outside any one call that sendAs could wrap.
 */
export function sendFrom(sender: FakeSender): void {
  defaultSender = sender;
  currentSender = sender;
}

/** A page of Detour's own, as the browser names it in a message's sender. */
export const extensionPage = (path = 'options.html'): FakeSender => ({ url: fakeBrowser.runtime.getURL(`/${path}` as '/') });

/**
 * Every shadow root attached in a test, open or closed: Detour's notice is closed to the page,
 * and a test reads it as the browser's DevTools do in the real-browser tests.
 */
const shadowRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  shadowRoots.set(this, root);
  return root;
};

/** The shadow root of `host`, closed or not. */
export function shadowOf(host: Element | null | undefined): ShadowRoot | undefined {
  return host ? shadowRoots.get(host) : undefined;
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The background's copies of its session records went with the storage they copied. Imported
  // here, once the fake browser is in place: WXT's storage takes the browser it finds then.
  (await import('../lib/tabs/records')).forgetCopies();
  defaultSender = extensionPage();
  currentSender = defaultSender;
  fakeMessaging();
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });
  Object.assign(fakeBrowser, { action: fakeToolbarButton() });
});

/** What the (fake) toolbar button shows for a tab: its badge text and title. */
export async function readBadge(tabId: number): Promise<{ text: string; title: string }> {
  const button = (fakeBrowser as unknown as { action: ReturnType<typeof fakeToolbarButton> }).action;
  return { text: await button.getBadgeText({ tabId }), title: await button.getTitle({ tabId }) };
}
