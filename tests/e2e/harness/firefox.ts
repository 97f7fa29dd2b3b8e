import { mkdtempSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import type { Session, Tab } from './session';

/** Fixed so moz-extension://<uuid>/popup.html is known before the add-on is installed. */
const EXTENSION_UUID = '7d3c6f2e-5b1a-4c8e-9f0d-2a6b8c4e1f35';

/**
 * Waits for a finished download in `dir` that was not there before. Firefox creates the file
 * first, writes into `<name>.part`, then moves that over it: done when there is no .part left.
 */
function nextDownload(dir: string, before: Set<string>, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = () => {
      const names = readdirSync(dir);
      if (names.some((name) => name.endsWith('.part'))) return undefined;
      return names.find((name) => !before.has(name) && statSync(join(dir, name)).size > 0);
    };
    const finish = (name: string | undefined) => {
      watcher.close();
      clearTimeout(timer);
      if (name) resolve(name);
      else reject(new Error(`No download arrived in ${timeoutMs} ms`));
    };
    const watcher = watch(dir, () => {
      const name = look();
      if (name) finish(name);
    });
    const timer = setTimeout(() => finish(look()), timeoutMs);
  });
}

function wrap(page: Page, downloadDir: string): Tab {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    waitFor: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    async download(trigger) {
      const before = new Set(readdirSync(downloadDir));
      const arrived = nextDownload(downloadDir, before, 60_000);
      await trigger();
      const name = await arrived;
      const path = join(downloadDir, name);
      return { name, text: readFileSync(path, 'utf8'), path };
    },
    async upload(selector, path) {
      const input = await page.$(selector);
      if (!input) throw new Error(`No ${selector} to pick a file in`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    close: () => page.close(),
  };
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, with Detour's unmodified
 * production build installed as a temporary add-on, all HTTPS tunnelled to the local stand-in
 * through a CONNECT proxy, and its self-signed certificate accepted.
 */
export async function launchFirefox(options: {
  readonly executablePath: string;
  readonly extensionDir: string;
  readonly proxyPort: number;
}): Promise<Session> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'detour-firefox-downloads-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    acceptInsecureCerts: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  await browser.installExtension(options.extensionDir);
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;

  /** Firefox never reports an extension page as loaded over BiDi: wait for its document instead. */
  const openExtension = async (page: Page, path: string) => {
    await page.goto(extensionUrl(path), { timeout: 3000 }).catch(() => undefined);
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
  };
  const helper = await browser.newPage();
  await openExtension(helper, 'options.html');

  return {
    name: 'firefox',
    async newTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, downloadDir);
    },
    async tabAt(prefix) {
      const target = await browser.waitForTarget((candidate) => candidate.url().startsWith(prefix), { timeout: 10_000 });
      const page = await target.page();
      if (!page) throw new Error(`No tab at ${prefix}`);
      return wrap(page, downloadDir);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await openExtension(page, path);
      return wrap(page, downloadDir);
    },
    extension: (fn, arg) => helper.evaluate(fn as never, arg) as never,
    close: () => browser.close(),
    closed: new Promise((resolve) => browser.once('disconnected', () => resolve())),
  };
}
