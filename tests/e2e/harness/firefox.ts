import { mkdtempSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { bumpVersion } from './chromium';
import type { LaunchOptions, Session, Tab } from './session';

/** Fixed so moz-extension://<uuid>/popup.html is known before the add-on is installed. */
const EXTENSION_UUID = '7d3c6f2e-5b1a-4c8e-9f0d-2a6b8c4e1f35';

/**
 * Waits for a finished download in `dir` that was not there before. Firefox creates the file
 * first, writes into `<name>.part`, then moves that over it: done when there is no .part left.
 */
function nextDownload(dir: string, before: Set<string>, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // A name listed a moment ago may be gone already (Firefox moving the .part over it): not done yet.
    const size = (name: string) => {
      try {
        return statSync(join(dir, name)).size;
      } catch {
        return 0;
      }
    };
    const look = () => {
      const names = readdirSync(dir);
      if (names.some((name) => name.endsWith('.part'))) return undefined;
      return names.find((name) => !before.has(name) && size(name) > 0);
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

/** Raw WebDriver BiDi, for what puppeteer does not offer (Firefox's own chrome-scope contexts). */
type Bidi = { send(method: string, params: object): Promise<{ result: unknown }> };

/**
 * Evaluates `expression` in Firefox's own browser window (the parent process, which
 * `-remote-allow-system-access` opens to WebDriver) and returns its string result.
 */
async function inBrowserWindow(browser: Browser, expression: string): Promise<string> {
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
  const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error("No Firefox window to reach the browser's own scope");
  const reply = (await bidi.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: unknown };
    exceptionDetails?: { text?: string };
  };
  if (reply.type !== 'success') throw new Error(`Firefox could not evaluate: ${reply.exceptionDetails?.text ?? 'unknown error'}`);
  return String(reply.result?.value ?? '');
}

function wrap(page: Page, downloadDir: string, browser: Browser): Tab {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async inShadow(host, fn, arg) {
      const bidi = (browser as unknown as { connection: Bidi }).connection;
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      // WebDriver BiDi serializes a node's shadow root, closed ones too, when asked for all.
      const found = (
        await bidi.send('script.callFunction', {
          functionDeclaration: `(selector) => document.querySelector(selector)`,
          arguments: [{ type: 'string', value: host }],
          target: { context },
          awaitPromise: false,
          serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
        })
      ).result as { result?: { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } };
      const sharedId = found.result?.type === 'node' ? found.result.value?.shadowRoot?.sharedId : undefined;
      if (!sharedId) return undefined;
      const reply = (
        await bidi.send('script.callFunction', {
          functionDeclaration: `async (root, arg) => JSON.stringify(await (${fn.toString()})(root, JSON.parse(arg)) ?? null)`,
          arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
          target: { context },
          awaitPromise: true,
        })
      ).result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
      if (reply.type !== 'success') throw new Error(reply.exceptionDetails?.text ?? 'inShadow failed');
      return (JSON.parse(reply.result?.value ?? 'null') ?? undefined) as never;
    },
    click: (selector) => page.click(selector),
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    // The browser's insertText command, as a paste or an input method puts text in (Firefox's
    // clipboard asks for a person's gesture, which WebDriver cannot give a page script).
    paste: async (text) => {
      const inserted = await page.evaluate((value) => document.execCommand('insertText', false, value), text);
      if (!inserted) throw new Error('insertText was refused');
    },
    press: (key) => page.keyboard.press(key as never),
    waitFor: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: (size) => page.setViewport(size),
    setContent: (html) => page.setContent(html, { waitUntil: 'load' }),
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
    /**
     * Kills the content process that renders the tab, as a crash does. WebDriver has no crash
     * command, and about:crashcontent would load in another process (Fission): the process id
     * comes from Firefox's own scope, and the kill from here.
     */
    async crash() {
      const url = page.url();
      const pid = Number(
        await inBrowserWindow(
          browser,
          `String([...gBrowser.browsers].find((b) => b.currentURI.spec === ${JSON.stringify(url)})?.browsingContext?.currentWindowGlobal?.osPid ?? '')`,
        ),
      );
      if (!pid) throw new Error(`No content process found for ${url}`);
      process.kill(pid, 'SIGKILL');
    },
  };
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, with Detour's unmodified
 * production build installed as a temporary add-on, all HTTPS tunnelled to the local stand-in
 * through a CONNECT proxy, and its self-signed certificate accepted.
 */
export async function launchFirefox(
  options: {
    readonly executablePath: string;
    readonly extensionDir: string;
    readonly proxyPort: number;
  } & LaunchOptions,
): Promise<Session> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'detour-firefox-downloads-'));
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'detour-firefox-profile-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    userDataDir: profileDir,
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
      // A temporary add-on is removed when Firefox quits and installed again at the next launch:
      // its storage and its uuid stay, as an installed add-on's do.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // smallStorage: the profile's limit for best-effort storage (in KiB); each site (Detour's
      // origin) may use a fifth of it, and at least 10 MiB.
      ...(options.smallStorage ? { 'dom.quotaManager.temporaryStorage.fixedLimit': 50 * 1024 } : {}),
    },
  });
  await browser.installExtension(options.extensionDir);
  const origin = `moz-extension://${EXTENSION_UUID}/`;
  const extensionUrl = (path: string) => `${origin}${path}`;
  // A fresh profile: Detour opens its welcome page on install (a restart on the same profile does not wait for one).
  const firstRunPage = options.profileDir === undefined ? await closeFirstRunPage(browser, origin) : undefined;

  /**
   * Firefox never reports an extension page as loaded over BiDi (a goto that waits for it only
   * times out): navigate without waiting, then wait for the page's own document to be complete.
   */
  const openExtension = async (page: Page, path: string) => {
    const url = extensionUrl(path);
    const bidi = (browser as unknown as { connection: Bidi }).connection;
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
    await page.waitForFunction((want) => location.href === want && document.readyState === 'complete', { timeout: 10_000 }, url);
  };
  /** Detour's options page, kept open to reach the extension, once its background page runs. */
  const openHelper = async () => {
    const page = await browser.newPage();
    await openExtension(page, 'options.html');
    await page.waitForFunction(
      async () => {
        const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser;
        const background = await api.runtime.getBackgroundPage().catch(() => null);
        return background?.document.readyState === 'complete';
      },
      { timeout: 10_000, polling: 100 },
    );
    return page;
  };
  let helper = await openHelper();

  return {
    name: 'firefox',
    extensionOrigin: origin,
    firstRunPage,
    async newTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, downloadDir, browser);
    },
    async tabAt(prefix) {
      if (prefix.startsWith(origin)) return wrap(await extensionPageAt(browser, prefix, 10_000), downloadDir, browser);
      const target = await browser.waitForTarget((candidate) => candidate.url().startsWith(prefix), { timeout: 10_000 });
      const page = await target.page();
      if (!page) throw new Error(`No tab at ${prefix}`);
      return wrap(page, downloadDir, browser);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await openExtension(page, path);
      return wrap(page, downloadDir, browser);
    },
    extension: (fn, arg) => helper.evaluate(fn as never, arg) as never,
    faults: {
      // No stopBackground: Detour's Firefox build has a persistent background page, which
      // Firefox never stops while the add-on runs.
      async reloadExtension(how) {
        if (how === 'update') bumpVersion(options.extensionDir);
        // Installing the add-on again is its update: Firefox unloads the running copy (its pages
        // close, its content scripts end) and starts the new one in the open tabs.
        await browser.installExtension(options.extensionDir);
        await helper.close().catch(() => undefined);
        helper = await openHelper();
      },
      async restart() {
        await browser.close();
        return launchFirefox({ ...options, profileDir });
      },
    },
    close: () => browser.close(),
    closed: new Promise((resolve) => browser.once('disconnected', () => resolve())),
  };
}

/**
 * A page of Detour's own that Detour opened: Firefox reports such pages' URLs as about:blank over
 * BiDi, so each page is asked where it is.
 */
async function extensionPageAt(browser: Browser, prefix: string, timeoutMs: number): Promise<Page> {
  for (let waited = 0; waited < timeoutMs; waited += 200) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No tab at ${prefix}`);
}

/** Waits for the page Detour opens on install (the welcome page), notes where it was, and closes it. */
async function closeFirstRunPage(browser: Browser, origin: string): Promise<string | undefined> {
  const page = await extensionPageAt(browser, origin, 10_000).catch(() => undefined);
  const url = await page?.evaluate(() => location.href);
  await page?.close();
  return url;
}
