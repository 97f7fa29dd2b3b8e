import type { ChatHealth } from '../model';
import type { SiteAdapter } from '../sites/types';
import {
  type ChatState,
  type Outcome,
  type Snapshot,
  type Timing,
  health,
  initialState,
  nextDeadline,
  observe,
  outcomeBetween,
  sent,
} from './chat-state';
import { conversationMark, isGenerating, lastAuthor } from '../page/conversation';
import { detectFailure } from './failure';
import { takeSight } from './sight';
import { findComposer } from '../page/composer';
import { duringLook } from '../page/tail';
import type { PageKind } from '../model';

/** What the page shows now, read through the adapter. */
export function takeSnapshot(doc: Document, site: SiteAdapter, url: URL): Snapshot {
  return duringLook(() => snapshotOf(doc, site, url));
}

function snapshotOf(doc: Document, site: SiteAdapter, url: URL): Snapshot {
  // Looked for once a look: detection, the stop control and the sight all start from it.
  const composer = findComposer(doc, site);
  return {
    failure: detectFailure(doc, site, composer.found),
    generating: isGenerating(doc, site, composer.found),
    mark: conversationMark(doc, site),
    lastAuthor: lastAuthor(doc, site),
    conversation: site.conversationId(url),
    sight: takeSight(doc, site, url, composer),
  };
}

export interface WatcherHooks {
  /** Called whenever the chat's health changes (and once at start). */
  onHealth(health: ChatHealth, state: ChatState): void;
  /** Called when an exchange the user started here ends well or badly. */
  onOutcome(outcome: Outcome, state: ChatState): void;
}

/**
 * Keeps the chat's state up to date. It does no work of its own between page changes: the
 * content script calls `check()` when the page changes, and a single timer wakes it at the
 * moment a stall would be due.
 */
export class ChatWatcher {
  private state: ChatState;
  private kind: PageKind = 'other';
  private reported: string | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  /** Outcomes are only reported for an exchange that was sent from this page. */
  private tracking = false;
  private address: { readonly href: string; readonly url: URL } | undefined;

  constructor(
    private readonly doc: Document,
    private readonly site: SiteAdapter,
    private readonly timing: () => Timing,
    private readonly hooks: WatcherHooks,
    private readonly now: () => number = Date.now,
  ) {
    this.state = initialState(this.snapshot(), this.now());
  }

  /** Which page of the chatbot this is, as last seen (a chat, its sign-in page, a challenge…). */
  get pageKind(): PageKind {
    return this.kind;
  }

  /** Reads the page and folds it in. Cheap: a handful of selector queries on the document. */
  check(): void {
    this.advance(observe(this.state, this.snapshot(), this.now(), this.timing()));
  }

  /** The user sent a prompt from this page. */
  sent(): void {
    this.tracking = true;
    this.advance(sent(this.state, this.now()));
    this.check();
  }

  stop(): void {
    clearTimeout(this.deadline);
  }

  private snapshot(): Snapshot {
    const snapshot = takeSnapshot(this.doc, this.site, this.url());
    this.kind = snapshot.sight?.kind ?? 'other';
    return snapshot;
  }

  /** The page's address, parsed again only when it changed (most looks see the same one). */
  private url(): URL {
    const href = this.doc.location?.href ?? 'about:blank';
    if (this.address?.href !== href) this.address = { href, url: new URL(href) };
    return this.address.url;
  }

  private advance(next: ChatState): void {
    const outcome = outcomeBetween(this.state, next);
    this.state = next;
    const now = health(next);
    const key = JSON.stringify(now);
    if (key !== this.reported) {
      this.reported = key;
      this.hooks.onHealth(now, next);
    }
    if (outcome && this.tracking) {
      // A failed or stalled exchange may still be answered (Retry, a late reply); an answered one is over.
      if (outcome === 'answered') this.tracking = false;
      this.hooks.onOutcome(outcome, next);
    }
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.deadline);
    const at = nextDeadline(this.state, this.timing());
    if (at !== undefined) {
      this.deadline = setTimeout(() => this.check(), Math.max(0, at - this.now()) + 50);
    }
  }
}
