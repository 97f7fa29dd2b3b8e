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
  /**
   * Runs `fn` in an extension page, where `globalThis.browser` (Firefox) or `globalThis.chrome`
   * (Chromium) is the extension API.
   */
  extension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
  /** Settles when the browser has closed (by the test, or by a person closing its window). */
  readonly closed: Promise<void>;
}
