import { cleanup, render, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ComponentType } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as DemoApp } from '../../entrypoints/demo/App';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { App as PopupApp } from '../../entrypoints/popup/App';
import { App as PrivacyApp } from '../../entrypoints/privacy/App';
import { App as WelcomeApp } from '../../entrypoints/welcome/App';
import { type DetourDb, openDb } from '../../lib/db/schema';
import { createHandlers } from '../../lib/messaging/handlers';
import { handleMessages } from '../../lib/messaging/serve';
import { SITES } from '../../lib/sites';
import { putTabRecord } from '../../lib/tabs/records';
import english from '../../public/_locales/en/messages.json';

/**
 * No English leaks into a translated Detour. Every page is rendered with a pseudo-language in
 * which each message comes wrapped in ⟦ ⟧; whatever text a person could read (text, labels,
 * tooltips, placeholders, the in-page notice's shadow root) must then be made of wrapped
 * messages, names (chatbots, Detour, file formats, keys) and the person's own data (Japanese here).
 */

const ROOT = join(import.meta.dirname, '..', '..');
type Messages = Record<string, { message: string }>;

function pseudoMessage(key: string, substitutions?: string | string[]): string {
  if (key === 'uiLocale') return 'ja';
  const message = (english as Messages)[key]?.message;
  if (message === undefined) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return `⟦${message.replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '')}⟧`;
}

/** What is not a message and still no English: product and format names, keys, punctuation. */
const NAMES = [...SITES.map((site) => site.name), 'Detour', 'JSON', 'Markdown', 'CSV', 'UTC', 'Alt', 'Shift'];

/** Everything a person can read on the page, shadow roots included. */
function readable(root: Document | ShadowRoot | Element = document.body): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.parentElement?.closest('style, script')) texts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(element.getAttribute(attribute) ?? '');
    if (element.shadowRoot) texts.push(...readable(element.shadowRoot));
  }
  return texts;
}

/** The English left once messages, names and data are taken out. */
function untranslated(): string[] {
  return readable()
    .map((text) => NAMES.reduce((rest, name) => rest.replaceAll(name, ' '), text.replace(/⟦[^⟧]*⟧/g, ' ')))
    .filter((rest) => /[A-Za-z]{2,}/.test(rest));
}

describe('every page, in a language that is not English', () => {
  let db: DetourDb;
  let name: string;
  let stop: () => void;

  beforeEach(async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: pseudoMessage, getUILanguage: () => 'ja' });
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    Object.assign(fakeBrowser.commands, {
      getAll: async () => [
        { name: '_execute_action', shortcut: 'Alt+Shift+D' },
        { name: 'send-last-prompt', shortcut: '' },
      ],
    });
    Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '0.2.0' }), openOptionsPage: async () => undefined });
    name = `translated-${crypto.randomUUID()}`;
    db = openDb(name);
    stop = handleMessages(createHandlers(db));
    const at = Date.now() - 120_000;
    await db.prompts.bulkAdd([
      {
        id: 'p1', site: 'chatgpt', text: 'ピクニックの計画を立てて', url: 'https://chatgpt.com/c/1', createdAt: at, updatedAt: at, status: 'failed',
        failure: { kind: 'error', place: 'turn', text: 'エラーが発生しました', at }, context: [{ author: 'user', text: '以前の質問' }],
        pinned: true, tags: ['仕事'],
      },
      { id: 'p2', site: 'claude', text: '俳句を書いて', url: '', createdAt: at - 1000, updatedAt: at - 1000, status: 'answered' },
    ]);
    const tab = await fakeBrowser.tabs.create({ url: 'https://chatgpt.com/c/1', active: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(tab);
    await putTabRecord({
      tabId: tab.id!, site: 'chatgpt', url: 'https://chatgpt.com/c/1', promptId: 'p1', at,
      health: { status: 'failed', failure: { kind: 'error', place: 'turn', text: 'エラーが発生しました' } },
    });
  });
  afterEach(async () => {
    cleanup();
    document.querySelectorAll('detour-notice').forEach((notice) => notice.remove());
    stop();
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(name);
  });

  const pages: [string, ComponentType, string, string?][] = [
    ['the popup', PopupApp, '.chip'],
    ['the library', OptionsApp, '.prompts .prompt'],
    ['the welcome page', WelcomeApp, '.shortcut'],
    ["what's new", WelcomeApp, '.whats-new li', '?updated=0.1.0'],
    ['the demonstration', DemoApp, 'detour-notice'],
    ['the privacy policy', PrivacyApp, 'section p'],
  ];

  it.each(pages)('%s shows no English', async (_, Page, ready, search = '') => {
    window.history.replaceState(null, '', `/page.html${search}`);
    render(<Page />);
    await waitFor(() => expect(document.querySelector(ready)).not.toBeNull());
    // The rest of what loads (statuses, tags, settings) has arrived once the page is still.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readable().join('').length).toBeGreaterThan(40);
    expect(untranslated()).toEqual([]);
  });
});

/** Source files whose words reach the person (detection and site adapters match the sites' own words). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return ['sites', 'detect', 'page', 'status'].includes(entry) ? [] : sources(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe('words the code gives the person', () => {
  it('come from the messages: no error, notice or status line is written in English in the code', () => {
    // An English sentence handed to an Error or to a page's message line: "Detour does not know …".
    const sentence = /(?:new Error|setMessage|say|refuse)\(\s*(['"`])[^'"`]*?[A-Za-z]{2,} [A-Za-z]{2,}[^'"`]*\1/g;
    const found = ['lib', 'components', 'entrypoints']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .flatMap((path) => Array.from(readFileSync(path, 'utf8').matchAll(sentence), (match) => `${relative(ROOT, path)}: ${match[0]}`));
    // Thrown only once this copy of the content script has ended: it can no longer show anything.
    const internal = ["lib/chat/chat-page.ts: new Error('Detour was updated or removed'"];
    expect(found.filter((place) => !internal.includes(place))).toEqual([]);
  });
});
