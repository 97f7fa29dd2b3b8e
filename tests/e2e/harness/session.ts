import type { BrowserName } from './browsers';

/** One browser tab, the same for Chromium and Firefox. */
export interface Tab {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  /** A real mouse click at a point of the page (for elements in a shadow root). */
  clickAt(point: { readonly x: number; readonly y: number }): Promise<void>;
  /** Types as a person does, into whatever has focus. */
  type(text: string): Promise<void>;
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
   * Installs the build in `dir` over the running one, as a store update does. Firefox only:
   * Chromium crashes reloading an extension loaded from the command line, and loads it afresh
   * (as an install) at each start.
   */
  update?(dir: string): Promise<void>;
  /**
   * Runs `fn` in an extension page, where `globalThis.browser` (Firefox) or `globalThis.chrome`
   * (Chromium) is the extension API.
   */
  extension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
  /** Settles when the browser has closed (by the test, or by a person closing its window). */
  readonly closed: Promise<void>;
}
