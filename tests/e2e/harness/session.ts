import type { BrowserName } from './browsers';

/** One browser tab, the same for Chromium and Firefox. */
export interface Tab {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `fn` on the shadow root of the first element matching `host`, open or closed (as
   * DevTools sees it; a page script cannot), and returns its result; undefined when there is none.
   * `fn` and its result cross as JSON.
   */
  inShadow<R, A>(host: string, fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<R | undefined>;
  click(selector: string): Promise<void>;
  /** A real mouse click at a point of the page (for elements in a shadow root). */
  clickAt(point: { readonly x: number; readonly y: number }): Promise<void>;
  /** Types as a person does, into whatever has focus. */
  type(text: string): Promise<void>;
  /**
   * Puts `text` into whatever has focus at once, as a paste does (one trusted input event), for
   * text too long to type key by key.
   */
  paste(text: string): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Resizes the page's viewport (a popup's 400 × 600, a store's 1280 × 800). */
  setViewport(size: { readonly width: number; readonly height: number }): Promise<void>;
  /** Replaces the page's document (a store screenshot composed from others). */
  setContent(html: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Runs `trigger` (a click in this tab) and returns the file it downloads: its name, text and path. */
  download(trigger: () => Promise<void>): Promise<{ name: string; text: string; path: string }>;
  /** Picks the file at `path` in the file input `selector`, as a person choosing it does. */
  upload(selector: string, path: string): Promise<void>;
  close(): Promise<void>;
  /** Crashes the tab's renderer process (absent where the browser offers no way to). */
  readonly crash?: () => Promise<void>;
  /**
   * Starts sampling the tab's JavaScript (DevTools' Profiler, every script of the page, Detour's
   * included); `stop` returns the profile. Absent where the browser offers no profiler (Firefox
   * over WebDriver BiDi). For the benchmark only.
   */
  readonly profile?: () => Promise<{ stop(): Promise<CpuProfile> }>;
}

/** A sampled CPU profile, as DevTools' Profiler domain gives it. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly url: string; readonly functionName: string }; readonly children?: readonly number[] }[];
  readonly samples: readonly number[];
  /** Microseconds between one sample and the one before it. */
  readonly timeDeltas: readonly number[];
}

/**
 * What the fault suite (tests/e2e/faults.test.ts) does to a browser. Each fault is absent where the
 * browser cannot be made to do it; the suite says why.
 */
export interface Faults {
  /** Stops Detour's background (Chromium's service worker); it starts again at the next message. */
  readonly stopBackground?: () => Promise<void>;
  /**
   * Reloads Detour as the browser does on an update ('update' raises the version first), and
   * waits until its background is back. Open tabs keep their pages; Detour's pages close.
   */
  reloadExtension(how: 'reload' | 'update'): Promise<void>;
  /** Quits the browser, as a person does, and launches it again on the same profile. */
  restart(): Promise<Session>;
}

export interface LaunchOptions {
  /** The profile directory, kept across a restart; a new empty one when unset. */
  readonly profileDir?: string;
  /** The build to install (a copy, for a test that changes its version); the production build when unset. */
  readonly extensionDir?: string;
  /**
   * A small storage quota for Detour's origin (about 10 MB), which the test fills to exhaust it
   * (Chromium: DevTools' quota override; Firefox: the profile's storage limit).
   */
  readonly smallStorage?: boolean;
  /** The browser's UI language (Detour's messages follow it), when not English (Chromium). */
  readonly lang?: string;
}

/** A browser with Detour's production build installed, as the tests drive it. */
export interface Session {
  readonly name: BrowserName;
  newTab(url: string): Promise<Tab>;
  /** A tab something else opened (Detour, sending a prompt), by the start of its URL. */
  tabAt(prefix: string): Promise<Tab>;
  /** Opens one of Detour's own pages (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Tab>;
  /** The start of Detour's own pages' URLs: `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionOrigin: string;
  /** The page Detour opened by itself when it was installed (then closed, so tests start clean). */
  readonly firstRunPage: string | undefined;
  /**
   * Runs `fn` in an extension page, where `globalThis.browser` (Firefox) or `globalThis.chrome`
   * (Chromium) is the extension API.
   */
  extension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  readonly faults: Faults;
  close(): Promise<void>;
  /** Settles when the browser has closed (by the test, or by a person closing its window). */
  readonly closed: Promise<void>;
}
