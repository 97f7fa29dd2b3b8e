import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CpuProfile, LaunchOptions, Session, Tab } from './session';

/** Raises the patch number of the build's version, as an update would. */
export function bumpVersion(extensionDir: string): string {
  const path = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
  const parts = manifest.version.split('.').map(Number);
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + 1;
  manifest.version = parts.join('.');
  writeFileSync(path, JSON.stringify(manifest));
  return manifest.version;
}

function wrap(page: Page): Tab {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async inShadow(host, fn, arg) {
      const cdp = await page.context().newCDPSession(page);
      try {
        // DevTools' DOM, shadow roots included (closed ones too).
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const hostNode = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host }).catch(() => ({ nodeId: 0 }))).nodeId;
        if (!hostNode) return undefined;
        const { node } = await cdp.send('DOM.describeNode', { nodeId: hostNode, depth: 1, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) return undefined;
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        const reply = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
          arguments: [{ value: arg }],
          returnByValue: true,
          awaitPromise: true,
        });
        if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
        return reply.result.value as never;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    click: (selector) => page.click(selector),
    clickAt: ({ x, y }) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    // A real paste (the clipboard, then Ctrl+V): Chromium's insertText, from DevTools or the
    // page, takes minutes for 1 MB; a paste takes two seconds.
    paste: async (text) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      await page.keyboard.press('Control+V');
    },
    press: (key) => page.keyboard.press(key),
    waitFor: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (size) => page.setViewportSize(size),
    setContent: (html) => page.setContent(html, { waitUntil: 'load' }),
    bringToFront: () => page.bringToFront(),
    async download(trigger) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
    },
    upload: (selector, path) => page.setInputFiles(selector, path),
    close: () => page.close(),
    async crash() {
      const cdp = await page.context().newCDPSession(page);
      // The renderer dies before it can answer: the reply never comes.
      const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
      void cdp.send('Page.crash').catch(() => undefined);
      await crashed;
    },
    async profile() {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      // Every 100 µs: a look at the page that takes a millisecond is ten samples.
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      return {
        stop: async () => {
          const { profile } = await cdp.send('Profiler.stop');
          await cdp.detach().catch(() => undefined);
          return profile as CpuProfile;
        },
      };
    },
  };
}

/** The quota of Detour's origin with `smallStorage`. */
const SMALL_QUOTA_BYTES = 10 * 1024 * 1024;

/**
 * Debian's Chromium, headless, with Detour's unmodified production build loaded, every hostname
 * resolved to the local stand-in and its self-signed certificate accepted.
 */
export async function launchChromium(
  options: {
    readonly executablePath: string;
    readonly extensionDir: string;
    readonly standInPort: number;
    /** A visible window, for the demo. */
    readonly headless?: boolean;
  } & LaunchOptions,
): Promise<Session> {
  const { extensionDir } = options;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'detour-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
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
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  const extensionUrl = (path: string) => `${origin}/${path}`;
  // A page of Detour's own for calling the extension API, kept open all session (opened again
  // after Detour reloads, which closes its pages).
  const openHelper = async () => {
    const page = await context.newPage();
    try {
      await page.goto(extensionUrl('options.html'));
      return page;
    } catch (error) {
      await page.close();
      throw error;
    }
  };
  let helper = await openHelper();
  // A fresh profile: Detour opens its welcome page on install (a restart on the same profile does not wait for one).
  const firstRunPage = options.profileDir === undefined ? await closeFirstRunPage(context, `${origin}/`) : undefined;
  // The blank tab a new profile starts with (the demo's window shows it otherwise).
  await Promise.all(context.pages().filter((page) => page.url() === 'about:blank').map((page) => page.close()));
  // DevTools at browser level, through a blank page that stays open: its Target and Storage
  // domains reach the extension's service worker and storage.
  const devtools = await context.newCDPSession(await context.newPage());
  if (options.smallStorage) await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: SMALL_QUOTA_BYTES });

  let developerMode = false;
  const workerTargets = async () =>
    (await devtools.send('Target.getTargets')).targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith(origin));

  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return wrap(page);
  };
  return {
    name: 'chromium',
    extensionOrigin: `${origin}/`,
    firstRunPage,
    newTab: open,
    openExtensionPage: (path) => open(extensionUrl(path)),
    async tabAt(prefix) {
      const find = () => context.pages().find((candidate) => candidate.url().startsWith(prefix));
      await expect.poll(() => find() !== undefined, { timeout: 10_000 }).toBe(true);
      return wrap(find()!);
    },
    extension: (fn, arg) => helper.evaluate(fn as never, arg) as never,
    faults: {
      async stopBackground() {
        // DevTools' "Stop" of the worker, through the ServiceWorker domain of a page of Detour's own,
        // which reports each version's running status. A page's message may start the worker again
        // at once, as in use, under the same target; so "stopped" is the status, not an absence.
        const workers = await context.newCDPSession(helper);
        try {
          const statuses = new Map<string, string>();
          let stopped = false;
          workers.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            for (const { versionId, runningStatus } of versions) {
              if (runningStatus === 'stopped' && statuses.get(versionId) === 'stopping') stopped = true;
              statuses.set(versionId, runningStatus);
            }
          });
          await workers.send('ServiceWorker.enable');
          await expect.poll(() => [...statuses.values()].includes('running'), { timeout: 10_000, message: 'a running service worker' }).toBe(true);
          await workers.send('ServiceWorker.stopAllWorkers');
          await expect.poll(() => stopped, { timeout: 10_000, message: 'the service worker to stop' }).toBe(true);
        } finally {
          await workers.detach().catch(() => undefined);
        }
      },
      async reloadExtension(how) {
        if (how === 'update') bumpVersion(extensionDir);
        // Reloaded, an extension loaded from the command line counts as an unpacked one, which
        // Chromium disables ("unsupported developer extension") unless developer mode is on.
        if (!developerMode) {
          const extensions = await context.newPage();
          await extensions.goto('chrome://extensions').catch(() => undefined);
          await extensions.evaluate(
            () =>
              new Promise<void>((resolve) =>
                (
                  globalThis as unknown as {
                    chrome: { developerPrivate: { updateProfileConfiguration(config: object, done: () => void): void } };
                  }
                ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve),
              ),
          );
          await extensions.close();
          developerMode = true;
        }
        // The page closes as the extension goes: its evaluation may never answer.
        await Promise.race([
          helper.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined),
          new Promise((resolve) => setTimeout(resolve, 1000)),
        ]);
        await expect.poll(() => helper.isClosed(), { timeout: 10_000 }).toBe(true);
        await expect.poll(async () => (await workerTargets()).length, { timeout: 20_000 }).toBeGreaterThan(0);
        // Its pages load only once it is enabled again, a moment after its worker starts.
        let reopened: Page | undefined;
        await expect
          .poll(async () => (reopened = await openHelper().catch(() => undefined)) !== undefined, { timeout: 20_000, interval: 200 })
          .toBe(true);
        helper = reopened!;
      },
      async restart() {
        await context.close();
        return launchChromium({ ...options, profileDir });
      },
    },
    close: () => context.close(),
    closed: new Promise((resolve) => context.once('close', () => resolve())),
  };
}

/** Waits for the page Detour opens on install (the welcome page), notes where it was, and closes it. */
async function closeFirstRunPage(context: BrowserContext, origin: string): Promise<string | undefined> {
  const find = () => context.pages().find((page) => page.url().startsWith(origin) && !page.url().endsWith('/options.html'));
  // Polled by hand: this runs while the browser starts, outside any test (no expect.poll there).
  for (let waited = 0; !find() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const page = find();
  const url = page?.url();
  await page?.close();
  return url;
}
