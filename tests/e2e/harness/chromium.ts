import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Session, Tab } from './session';

function wrap(page: Page): Tab {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    waitFor: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    async download(trigger) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
    },
    upload: (selector, path) => page.setInputFiles(selector, path),
    close: () => page.close(),
  };
}

/**
 * Debian's Chromium, headless, with Detour's unmodified production build loaded, every hostname
 * resolved to the local stand-in and its self-signed certificate accepted.
 */
export async function launchChromium(options: {
  readonly executablePath: string;
  readonly extensionDir: string;
  readonly standInPort: number;
  /** A visible window, for the demo. */
  readonly headless?: boolean;
}): Promise<Session> {
  const { extensionDir } = options;
  const context: BrowserContext = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'detour-chromium-')), {
    executablePath: options.executablePath,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--host-resolver-rules=MAP * 127.0.0.1:${options.standInPort}, EXCLUDE localhost`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionUrl = (path: string) => `chrome-extension://${new URL(worker.url()).host}/${path}`;
  // A page of Detour's own for calling the extension API, kept open all session.
  const helper = await context.newPage();
  await helper.goto(extensionUrl('options.html'));
  // The blank tab a new profile starts with (the demo's window shows it otherwise).
  await Promise.all(context.pages().filter((page) => page.url() === 'about:blank').map((page) => page.close()));

  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return wrap(page);
  };
  return {
    name: 'chromium',
    newTab: open,
    openExtensionPage: (path) => open(extensionUrl(path)),
    async tabAt(prefix) {
      const find = () => context.pages().find((candidate) => candidate.url().startsWith(prefix));
      await expect.poll(() => find() !== undefined, { timeout: 10_000 }).toBe(true);
      return wrap(find()!);
    },
    extension: (fn, arg) => helper.evaluate(fn as never, arg) as never,
    close: () => context.close(),
    closed: new Promise((resolve) => context.once('close', () => resolve())),
  };
}
