import { expect, inject } from 'vitest';
import type { PromptRecord } from '../../../lib/model';
import type { Settings } from '../../../lib/settings';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName } from './browsers';
import type { LaunchOptions, Session, Tab } from './session';

/** What the end-to-end tests ask of Detour in a browser, the same way in both. */

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const { browsers, builds, standInPort, proxyPort } = inject('e2e');
  return name === 'chromium'
    ? launchChromium({ executablePath: browsers.chromium, extensionDir: builds.chromium, standInPort, ...options })
    : launchFirefox({ executablePath: browsers.firefox, extensionDir: builds.firefox, proxyPort, ...options });
}

type Api = {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]>; remove(ids: number[]): Promise<void> };
  runtime: { sendMessage(message: object): Promise<{ res?: unknown; err?: { message: string } } | undefined> };
  storage: { local: { set(items: object): Promise<void> } };
  action?: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  browserAction?: Api['action'];
};

/** The id of the open tab whose URL starts with `prefix`. */
export async function tabIdOf(session: Session, prefix: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(
      async () =>
        (id = await session.extension(async (start) => {
          const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
          const tabs = await api.tabs.query({});
          return tabs.find((tab) => tab.url?.startsWith(start))?.id;
        }, prefix)),
      { timeout: 10_000 },
    )
    .toBeDefined();
  return id!;
}

export async function badge(session: Session, tabId: number): Promise<{ text: string; title: string }> {
  return session.extension(async (id) => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    const button = (api.action ?? api.browserAction)!;
    return { text: await button.getBadgeText({ tabId: id }), title: await button.getTitle({ tabId: id }) };
  }, tabId);
}

/**
 * Sends one message of Detour's protocol from an extension page, as the popup does, in the
 * messaging library's wire format (a type, its data, an id and a time; the reply is `res` or `err`).
 */
export async function ask<T>(session: Session, type: string, data: object): Promise<T> {
  const reply = await session.extension(
    async ({ type: kind, data: payload }) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return api.runtime.sendMessage({ id: 1, type: kind, data: payload, timestamp: Date.now() });
    },
    { type, data },
  );
  if (!reply) throw new Error(`No answer to ${type}`);
  if (reply.err) throw new Error(reply.err.message);
  return reply.res as T;
}

export const prompts = (session: Session) => ask<PromptRecord[]>(session, 'prompts.list', {});

export async function setSettings(session: Session, settings: Partial<Settings>): Promise<void> {
  await session.extension(async (value) => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    await api.storage.local.set({ settings: value });
  }, settings);
}

/** The text of Detour's notice in the page, or '' when there is none. */
export function noticeText(tab: Tab): Promise<string> {
  // The notice's shadow root is closed: the page cannot read it, the browser's DevTools can.
  return tab.inShadow('detour-notice', (root) => root.textContent ?? '', undefined).then((text) => text ?? '');
}

/**
 * Waits for the tab's badge to read `text` (and its title to contain `titleContains`), and returns
 * the title. The title can change while the badge stays: network evidence shows first, then the
 * page's own, more precise words replace it.
 */
export async function waitForBadge(session: Session, tabId: number, text: string, timeout = 10_000, titleContains = ''): Promise<string> {
  let title = '';
  await expect
    .poll(
      async () => {
        const shown = await badge(session, tabId);
        title = shown.title;
        return shown.text === text && shown.title.includes(titleContains);
      },
      { timeout },
    )
    .toBe(true);
  return title;
}

/** Closes every tab on an https page (the ones Detour opened to send a prompt included). */
export async function closeChatbotTabs(session: Session): Promise<void> {
  await session.extension(async () => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    const tabs = await api.tabs.query({ url: 'https://*/*' });
    await api.tabs.remove(tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])));
  }, undefined);
}

/** Clicks, as a person does, the button of Detour's in-page notice named `label` (its hint aside). */
export async function clickNoticeButton(tab: Tab, label: string): Promise<void> {
  const point = await tab.inShadow('detour-notice', (root, text) => {
    const button = Array.from(root.querySelectorAll('button')).find((candidate) => (candidate.querySelector('.name') ?? candidate).textContent === text);
    if (!button) return undefined;
    const box = button.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, label);
  if (!point) throw new Error(`The notice has no button "${label}"`);
  await tab.clickAt(point);
}
