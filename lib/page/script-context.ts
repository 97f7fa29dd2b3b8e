import { browser } from 'wxt/browser';

/**
 * The lifetime of one copy of the content script, in place of WXT's ContentScriptContext.
 *
 * WXT's context tells an older copy to stop with a DOM event on `document` and a
 * `window.postMessage` to '*': the page sees both (they even carry the extension's id), and a page
 * that dispatches the same event stops Detour for good. This one uses nothing the page can see or
 * forge. A copy ends when:
 * - a newer copy starts in the same tab: copies of one extension share their isolated world (the
 *   page's scripts cannot reach it), where each copy leaves itself under a private key, so the
 *   newer one stops the older and takes over what it had not saved yet (see `handOver`);
 * - the extension was updated, reloaded or removed: the browser cuts the copy off from it
 *   (`runtime.id` is gone), which every timer and listener checks before it runs.
 */
export class ScriptContext<Handover = unknown> {
  private readonly controller = new AbortController();
  private handover: (() => Handover) | undefined;
  private readonly slot: RunningCopy;
  /** What the copy this one replaced had not saved yet (its `handOver`), if it was running here. */
  readonly inherited: Handover | undefined;

  constructor(
    /** Names the slot in the isolated world: one running copy per name. */
    readonly name: string,
    private readonly scope: Record<PropertyKey, unknown> = globalThis as unknown as Record<PropertyKey, unknown>,
  ) {
    const key = slotKey(name);
    // The older copy was built from another evaluation of this file: it is not `instanceof` this class.
    const previous = scope[key] as Partial<RunningCopy> | undefined;
    const slot: RunningCopy = { replace: () => this.takeOver() };
    this.slot = slot;
    scope[key] = slot;
    this.inherited = typeof previous?.replace === 'function' ? (previous.replace() as Handover | undefined) : undefined;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether this copy has ended (replaced, or cut off from the extension). */
  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && !connected()) this.notifyInvalidated();
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `callback` when this copy ends; returns a function that stops listening. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** What a newer copy takes over from this one when it replaces it (one provider). */
  onHandOver(provide: () => Handover): void {
    this.handover = provide;
  }

  /** Listens until this copy ends; an event that arrives after the extension cut it off is ignored. */
  addEventListener<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, (event) => this.isValid && handler(event as E), { ...options, signal: this.signal });
  }

  /**
   * A timer whose handler runs only while this copy lives. It is not cleared when the copy ends
   * (it fires into nothing): a listener per timer would stay on the signal until then, and the
   * page's timers come by the thousand (one per keystroke while typing, one per look).
   */
  setTimeout(handler: () => void, ms: number): ReturnType<typeof setTimeout> {
    return setTimeout(() => this.isValid && handler(), ms);
  }

  setInterval(handler: () => void, ms: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => this.isValid && handler(), ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /** Ends this copy: every onInvalidated callback runs, once. */
  notifyInvalidated(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort('Detour content script ended');
    const key = slotKey(this.name);
    if (this.scope[key] === this.slot) delete this.scope[key];
  }

  /** A newer copy replaces this one: hands over what it holds, then ends. */
  private takeOver(): Handover | undefined {
    let state: Handover | undefined;
    try {
      state = this.signal.aborted ? undefined : this.handover?.();
    } catch {
      state = undefined;
    }
    this.controller.abort('Detour content script replaced');
    return state;
  }
}

/** What a running copy leaves in the isolated world for the next one. */
interface RunningCopy {
  replace(): unknown;
}

/** The isolated world's own global: invisible to the page (each world has its own wrappers). */
function slotKey(name: string): string {
  return `detour:${name}:running-copy`;
}

/** Whether the extension still runs this copy (after an update or removal, `runtime.id` is gone). */
function connected(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
