import { expect, inject } from 'vitest';
import type { PromptRecord } from '../../../lib/model';
import type { Settings } from '../../../lib/settings';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { lane } from './lane';
import type { BrowserName } from './browsers';
import type { LaunchOptions, Session, Tab } from './session';

/** What the end-to-end tests ask of Detour in a browser, the same way in both. */

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const { browsers, builds } = inject('e2e');
  const { standInPort, proxyPort } = lane();
  return name === 'chromium'
    ? launchChromium({ executablePath: browsers.chromium, extensionDir: builds.chromium, standInPort, ...options })
    : launchFirefox({ executablePath: browsers.firefox, extensionDir: builds.firefox, proxyPort, ...options });
}

type Api = {
  tabs: {
    query(info: object): Promise<{ id?: number; url?: string }[]>;
    remove(ids: number[]): Promise<void>;
    sendMessage(tabId: number, message: object): Promise<{ res?: unknown; err?: { message: string } } | undefined>;
  };
  runtime: { sendMessage(message: object): Promise<{ res?: unknown; err?: { message: string } } | undefined> };
  storage: {
    sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
  };
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
 * wire format (lib/messaging/wire.ts: a type and its data; the reply is `res` or `err`).
 */
export async function ask<T>(session: Session, type: string, data: object): Promise<T> {
  const reply = await session.extension(
    async ({ type: kind, data: payload }) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return api.runtime.sendMessage({ type: kind, data: payload });
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
    await api.storage.sync.set({ settings: value });
  }, settings);
}

/** Detour's settings as stored, in storage.sync, and whatever storage.local holds under the same key. */
export async function storedSettings(session: Session): Promise<{ sync: Partial<Settings> | undefined; local: unknown }> {
  return session.extension(async () => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    const [sync, local] = await Promise.all([api.storage.sync.get('settings'), api.storage.local.get('settings')]);
    return { sync: sync.settings as Partial<Settings> | undefined, local: local.settings };
  }, undefined);
}

/**
 * Sends one of the messages the background sends a chat tab ('composer.read') to tab `tabId`,
 * in Detour's wire format (lib/messaging/wire.ts), and returns its reply.
 */
export async function askTab<T>(session: Session, tabId: number, type: string): Promise<T> {
  const reply = await session.extension(
    async ({ id, kind }) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return api.tabs.sendMessage(id, { type: kind, data: {} });
    },
    { id: tabId, kind: type },
  );
  if (!reply || reply.err) throw new Error(reply?.err?.message ?? `No answer to ${type}`);
  return reply.res as T;
}

/** A file chosen in the page's file input, as a person picks one (the input's change event). */
export async function chooseFile(tab: Tab, selector: string, file: { readonly name: string; readonly text: string }): Promise<void> {
  await tab.evaluate(
    ({ selector: where, name, text }) => {
      const input = document.querySelector<HTMLInputElement>(where);
      if (!input) throw new Error(`No file input ${where}`);
      const picked = new DataTransfer();
      picked.items.add(new File([text], name));
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, ...file },
  );
}

/**
 * Saves prompts (as a JSON export writes them) the way a person restoring an export does: through
 * the library page's import (the options page the session keeps open to reach the extension),
 * which must take every one of them.
 */
export async function importPrompts(session: Session, prompts: readonly object[]): Promise<void> {
  const text = JSON.stringify({ format: 'detour-prompts', version: 1, exportedAt: new Date().toISOString(), prompts });
  const said = await session.extension(async (file) => {
    const input = document.querySelector<HTMLInputElement>('input[name="import"]');
    if (!input) throw new Error('The library page has no import');
    // The page says how the import went in its message line: any word it says from now on counts.
    let changed = false;
    const watcher = new MutationObserver(() => (changed = true));
    watcher.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
    const picked = new DataTransfer();
    picked.items.add(new File([file], 'detour-prompts.json'));
    input.files = picked.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const line = () => document.querySelector('.message')?.textContent ?? '';
    for (let waited = 0; waited < 10_000 && !(changed && line().startsWith('Imported: ')); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    watcher.disconnect();
    return line();
  }, text);
  expect(said).toMatch(/^Imported: /);
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
