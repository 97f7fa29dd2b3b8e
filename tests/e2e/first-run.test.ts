import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './global-setup';
import type { BrowserName } from './harness/browsers';
import { ask, askTab, clickNoticeButton, importPrompts, launch, noticeText, storedSettings, tabIdOf, waitForBadge } from './harness/detour';
import type { Session } from './harness/session';
import { browserSuite } from './harness/suite';

/**
 * What a person meets first, in real browsers with the production build: the welcome page on
 * install, its demonstration, the keyboard shortcuts and the right-click menus, and "what's new"
 * after an update.
 */

const messages = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const english = messages('en');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** A prompt saved before an update, which must outlive it. */
const KEPT = {
  id: 'kept-over-update',
  site: 'claude',
  text: 'Summarise the meeting notes',
  url: 'https://claude.ai/chat/1',
  status: 'answered',
  createdAt: '2026-01-05T10:00:00Z',
  updatedAt: '2026-01-05T10:00:30Z',
};

/** Every menu item Detour puts in place (lib/menus/context-menus.ts), by its id. */
async function menuItemsExist(session: Session, ids: readonly string[]): Promise<string[]> {
  return session.extension(async (wanted) => {
    type Menus = { create(item: object, done: () => void): void };
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
      contextMenus: Menus;
      runtime: { lastError?: { message?: string } };
    };
    // The browser refuses a second item with an id already taken: each refusal shows one is there.
    const refused = await Promise.all(
      wanted.map(
        (id) =>
          new Promise<string | undefined>((resolve) =>
            api.contextMenus.create({ id, title: 'probe', contexts: ['selection'] }, () => resolve(api.runtime.lastError ? id : undefined)),
          ),
      ),
    );
    return refused.filter((id): id is string => id !== undefined);
  }, ids);
}

describe.each(['chromium', 'firefox'] as const)('first run in %s', (name: BrowserName) => {
  const suite = browserSuite(name);

  it('opens the welcome page on install, and ticking the chatbots one uses sets the order of alternatives', async () => {
    const { session } = suite;
    expect(session.firstRunPage).toBe(`${session.extensionOrigin}welcome.html`);
    const welcome = suite.adopt(await session.openExtensionPage('welcome.html'));
    await welcome.waitFor('.picker li[data-site="gemini"] input');
    expect(await welcome.evaluate(() => document.querySelector('h1')?.textContent, undefined)).toBe(english.welcomeTitle!.message);
    expect(await welcome.evaluate(() => document.querySelectorAll('.three li').length, undefined)).toBe(3);
    // Chrome hides a new extension's button under the puzzle piece; Firefox is told to show it.
    const pin = await welcome.evaluate(
      () => ({ picture: document.querySelector('.pin svg.pin-picture') !== null, state: document.querySelector<HTMLElement>('.pin-state')?.dataset.state }),
      undefined,
    );
    expect(pin).toEqual(name === 'chromium' ? { picture: true, state: 'unpinned' } : { picture: false, state: undefined });

    await welcome.click('.picker li[data-site="gemini"] input');
    await welcome.click('.picker li[data-site="claude"] input');
    await welcome.click(`.picker li[data-site="claude"] button[aria-label="${english.moveUp!.message.replace('$1', 'Claude')}"]`);
    await expect.poll(async () => (await storedSettings(session)).sync?.preferredOrder?.slice(0, 3)).toEqual(['claude', 'gemini', 'chatgpt']);
    // Settings follow the person (storage.sync); nothing is left beside the prompts.
    expect((await storedSettings(session)).local).toBeUndefined();
  });

  it('shows the notice and the badge on a page of its own when asked how it works, and no chatbot hears of it', async () => {
    const { session, control } = suite;
    const welcome = suite.adopt(await session.openExtensionPage('welcome.html'));
    await welcome.waitFor('.see button.primary');
    await welcome.click('.see button.primary');
    const demo = suite.adopt(await session.tabAt(`${session.extensionOrigin}demo.html`));
    const demoTab = await tabIdOf(session, `${session.extensionOrigin}demo.html`);
    await expect.poll(() => noticeText(demo)).toContain(english.demoNoticeTitle!.message);
    await waitForBadge(session, demoTab, '!', 5_000, english.demoBadgeTitle!.message);
    await clickNoticeButton(demo, 'Claude');
    expect(await demo.evaluate(() => document.querySelector('.message')?.textContent, undefined)).toBe(
      english.demoWouldSend!.message.replace('$1', 'Claude'),
    );
    // A few seconds, then the badge goes, as it does when a chatbot answers again.
    await waitForBadge(session, demoTab, '', 12_000);
    expect(await control.received('claude.ai')).toEqual([]);
  });

  it('lists both keyboard shortcuts with their keys, where the browser lets them be changed', async () => {
    const { session } = suite;
    const commands = await session.extension(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
      };
      return (await api.commands.getAll()).map(({ name: command, shortcut }) => ({ name: command, shortcut }));
    }, undefined);
    const popup = name === 'chromium' ? '_execute_action' : '_execute_browser_action';
    expect(commands).toEqual([
      { name: popup, shortcut: 'Alt+Shift+D' },
      { name: 'send-last-prompt', shortcut: 'Alt+Shift+Y' },
    ]);

    const options = suite.adopt(await session.openExtensionPage('options.html'));
    await options.waitFor('.shortcut[data-command="send-last-prompt"] kbd');
    expect(await options.evaluate(() => Array.from(document.querySelectorAll('.shortcut'), (row) => row.textContent), undefined)).toEqual([
      `${english.commandOpenPopup!.message}Alt+Shift+D`,
      `${english.commandSendLast!.message}Alt+Shift+Y`,
    ]);

    if (name === 'firefox') {
      // Firefox changes them in about:addons, or through the same API that page uses.
      const changed = await session.extension(async () => {
        const api = (globalThis as unknown as { browser: { commands: { update(detail: object): Promise<void>; reset(name: string): Promise<void>; getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).browser;
        await api.commands.update({ name: 'send-last-prompt', shortcut: 'Alt+Shift+U' });
        const now = (await api.commands.getAll()).find((command) => command.name === 'send-last-prompt')?.shortcut;
        await api.commands.reset('send-last-prompt');
        return now;
      }, undefined);
      expect(changed).toBe('Alt+Shift+U');
    } else {
      // Chrome lists them, each changeable, on its own shortcuts page.
      const page = suite.adopt(await session.newTab('chrome://extensions/shortcuts'));
      const listed = () =>
        page.evaluate(() => {
          const texts: string[] = [];
          const walk = (root: Document | ShadowRoot) => {
            root.querySelectorAll('*').forEach((element) => element.shadowRoot && walk(element.shadowRoot));
            texts.push(root.textContent ?? '');
          };
          walk(document);
          return texts.join(' ');
        }, undefined);
      await expect.poll(listed).toContain(english.commandSendLast!.message);
    }
  });

  it('puts its right-click menus in place, and reads a chatbot\'s message box for them', async () => {
    const { session } = suite;
    const ids = ['detour-selection', 'detour-selection:claude', 'detour-selection:grok', 'detour-composer', 'detour-composer:gemini'];
    expect(await menuItemsExist(session, ids)).toEqual(ids);

    const { tab, tabId } = await suite.open('https://chatgpt.com/');
    await tab.waitFor('#prompt-textarea[contenteditable="true"]');
    await tab.click('#prompt-textarea');
    await tab.type(`Menu check ${name}`);
    await expect.poll(() => askTab<{ text: string }>(session, tabId, 'composer.read')).toEqual({ text: `Menu check ${name}` });
  });

  it('lists, in the person\'s words, what changed since the version they had', async () => {
    const page = suite.adopt(await suite.session.openExtensionPage('welcome.html?updated=0.1.0'));
    await page.waitFor('.whats-new li');
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('.whats-new li'), (item) => item.textContent), undefined)).toEqual(
      ['whatsNewChatbots', 'whatsNewResend', 'whatsNewDetection', 'whatsNewShortcuts', 'whatsNewPopup', 'whatsNewLibrary', 'whatsNewImport', 'whatsNewSync'].map((key) => english[key]!.message),
    );
    // The first-run sections are not repeated to someone who has had Detour for a while.
    expect(await page.evaluate(() => document.querySelector('.picker, .see'), undefined)).toBeNull();
  });
});

describe('first run in German, in chromium', () => {
  let session: Session | undefined;
  afterAll(() => session?.close());

  it('greets the person in the browser\'s language', async () => {
    session = await launch('chromium', { lang: 'de' });
    const german = messages('de');
    const welcome = await session.openExtensionPage('welcome.html');
    await welcome.waitFor('.three li');
    expect(await welcome.evaluate(() => [document.documentElement.lang, document.title, document.querySelector('h1')?.textContent], undefined)).toEqual([
      'de',
      german.welcomeTitle!.message,
      german.welcomeTitle!.message,
    ]);
    expect(await welcome.evaluate(() => Array.from(document.querySelectorAll('.three li'), (line) => line.textContent), undefined)).toEqual([
      german.welcomeLineSave!.message,
      german.welcomeLineNotice!.message,
      german.welcomeLineSend!.message,
    ]);
  });
});

describe.each(['chromium', 'firefox'] as const)('an update in %s', (name: BrowserName) => {
  let session: Session | undefined;
  afterAll(() => session?.close());

  it('shows what is new since the version it updated from, in a tab behind the person\'s own, and keeps the prompts', async () => {
    // The same build calling itself 0.1.0 is installed first; then its folder says this version
    // and Detour reloads from it, as an update from the store does.
    const folder = mkdtempSync(join(tmpdir(), 'detour-older-'));
    cpSync(inject('e2e').builds[name], folder, { recursive: true });
    const manifest = join(folder, 'manifest.json');
    const setVersion = (to: string) => writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version: to }));
    setVersion('0.1.0');
    session = await launch(name, { extensionDir: folder });
    await importPrompts(session, [KEPT]);
    setVersion(version);
    await session.faults.reloadExtension('reload');

    const page = await session.tabAt(`${session.extensionOrigin}welcome.html?updated=0.1.0`);
    await page.waitFor('.whats-new li');
    expect(await page.evaluate(() => document.querySelector('.whats-new h2')?.textContent, undefined)).toBe(
      english.whatsNewHeading!.message.replace('$1', version),
    );
    // What the older version kept is still there.
    expect((await ask<{ id: string }[]>(session, 'prompts.list', {})).map((prompt) => prompt.id)).toEqual([KEPT.id]);
  });
});
