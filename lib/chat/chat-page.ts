import type { ChatHealth } from '../model';
import { DraftRecorder, type Draft } from '../capture/draft-recorder';
import { stillInComposer } from '../capture/in-composer';
import { outcomeRequest } from '../capture/outcome';
import { Outbox } from '../capture/outbox';
import { PromptCapture } from '../capture/prompt-capture';
import { isSendKey } from '../capture/send-key';
import type { ChatState, Outcome } from '../detect/chat-state';
import { contextBeforeLastPrompt, lastUserMessage } from '../page/conversation';
import { ChatWatcher } from '../detect/watcher';
import { changeOf, type Streaming } from '../detect/change';
import { type Change, Pace } from '../detect/pace';
import { t } from '../i18n';
import type { PromptInput } from '../db/prompts';
import { type MessageType, onTabMessage, type Request, type Response, sendMessage } from '../messaging/protocol';
import { Serial } from '../messaging/serial';
import type { ScriptContext } from '../page/script-context';
import { besideLastTurn, duringLook, lastTurnFound, type LookAnswers } from '../page/tail';
import { RESUME_HEAD_CHARS } from '../save/resume-head';
import { type Settings, watchSettings } from '../settings';
import type { SiteAdapter } from '../sites/types';
import { ChatNotices } from './chat-notices';

/** After a first look at once, page changes are looked at together, at most this often: a streaming reply changes the page constantly. */
const CHECK_WINDOW_MS = 200;
/** A reply's text streaming in is looked at this often: for its progress (a stall takes a minute) and a failure written as the reply. */
const TEXT_WINDOW_MS = 1_000;
/** Drafts are saved this long after the last keystroke: a pause in typing, yet little to lose on a crash. */
export const DRAFT_DELAY_MS = 300;
/** During a burst of typing with no such pause, a draft is saved at least this often. */
export const DRAFT_MAX_WAIT_MS = 1_000;
/** How long a new copy of the script waits to learn which prompt its composer holds (see resume). */
const RESUME_WAIT_MS = 1_000;
/** The conversation kept with a failed prompt, to send along as context: room in every target's composer. */
const CONTEXT_CHARS = 12_000;
/** Attributes whose change can show or hide a failure or the stop control (others would only cost checks). */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-busy', 'aria-disabled', 'disabled', 'data-state', 'class', 'style', 'open'];

/** What a copy of the script hands to the newer copy that replaces it in the same tab. */
export interface ChatPageHandover {
  /** The prompt being written. */
  readonly draft: { readonly id: string; readonly createdAt: number; readonly savedText?: string } | undefined;
  /** Saves that had not landed. */
  readonly pending: readonly PromptInput[];
  readonly promptId: string | undefined;
}

/**
 * Detour on one chatbot page: saves what is typed, notices failures and stalls, reports them to
 * the background (which sets the badge), and says when the in-page notice has something to show
 * and when to fill the composer (lib/chat/chat-notices.ts). Wiring only: what to record and what
 * to say are decided in lib/capture/ and lib/notice/.
 */
export class ChatPage {
  private readonly recorder: DraftRecorder;
  private readonly capture: PromptCapture;
  /** Every save and outcome, held until it lands. */
  private readonly outbox: Outbox;
  /** Whether the health notice left out the prompt because its save had not landed yet. */
  private promptWaited = false;
  private readonly watcher: ChatWatcher;
  private readonly notices: ChatNotices;
  /** The prompt this tab's exchange is about: sent here, or found failed on the page. */
  private promptId: string | undefined;
  private health: ChatHealth = { status: 'healthy', answering: false };
  private rescuing = false;
  /** Looks at the page when it changes (see lib/detect/pace.ts). */
  private readonly pace: Pace;
  /** What the last look found (lib/page/tail.ts). */
  private answers: LookAnswers = new Map();
  /** The last turn the last look found: the observer tells changes inside it from the rest (asked of every batch, so kept apart). */
  private lastTurn: Element | undefined;
  /** Where a reply is streaming in (see lib/detect/change.ts). */
  private readonly streaming: Streaming = {};
  /** Other writes (a rescued prompt) go one after another. */
  private readonly writes = new Serial();

  constructor(
    private readonly ctx: ScriptContext<ChatPageHandover>,
    private readonly doc: Document,
    private readonly site: SiteAdapter,
    private settings: Settings,
  ) {
    this.recorder = new DraftRecorder({
      delayMs: DRAFT_DELAY_MS,
      maxWaitMs: DRAFT_MAX_WAIT_MS,
      save: (draft) => this.saveDraft(draft, false),
    });
    this.outbox = new Outbox({
      save: (input) => this.deliverWrite('prompt.save', input),
      outcome: (request) => this.deliverWrite('prompt.outcome', request),
      onFailure: (error, input) => this.saveFailed(error, input),
      onRecovered: () => this.saveRecovered(),
      onIdle: () => this.promptWaited && this.updateNotice(),
      setTimeout: (run, ms) => this.ctx.setTimeout(run, ms),
    });
    this.capture = new PromptCapture(doc, site, this.recorder, (draft) => this.sent(draft));
    this.watcher = new ChatWatcher(
      doc,
      site,
      () => ({
        stallMs: this.settings.stallSeconds * 1000,
        noReplyMs: this.settings.noReplySeconds * 1000,
        blank: { ms: this.settings.blankSeconds * 1000, text: (seconds) => t('failureBlank', seconds) },
      }),
      {
        onHealth: (health, state) => this.healthChanged(health, state),
        onOutcome: (outcome, state) => this.outcome(outcome, state),
      },
    );
    this.pace = new Pace((since) => this.check(since), CHECK_WINDOW_MS, (run, ms) => this.ctx.setTimeout(run, ms), TEXT_WINDOW_MS);
    this.notices = new ChatNotices(doc, site, { call: (type, data) => this.call(type, data), settings: () => this.settings, health: () => this.health });
  }

  start(): void {
    const { ctx, doc, capture, recorder } = this;
    // A newer copy (Detour updated or re-run in this tab) takes over what this one holds.
    ctx.onHandOver(() => ({
      draft: recorder.draft && { id: recorder.draft.id, createdAt: recorder.draft.createdAt, savedText: recorder.lastSaved },
      pending: this.outbox.pending(),
      promptId: this.promptId,
    }));
    ctx.addEventListener(doc, 'input', (event) => capture.isComposer(event.target) && capture.typed(), { capture: true });
    ctx.addEventListener<KeyboardEvent>(doc, 'keydown', (event) => {
      if (isSendKey(event) && capture.isComposer(event.target)) capture.sendAttempt();
    }, { capture: true });
    ctx.addEventListener(doc, 'click', (event) => capture.isSendButton(event.target) && capture.sendAttempt(), { capture: true });
    ctx.addEventListener(doc, 'focusout', (event) => capture.isComposer(event.target) && recorder.flush('blur'), { capture: true });
    ctx.addEventListener(doc, 'visibilitychange', () => doc.visibilityState === 'hidden' && recorder.flush('hide'));
    // The page is going away (a tab closed, say): what is unsaved goes now, and so does all the
    // outbox holds, without waiting for a save under way whose answer may never come back.
    ctx.addEventListener(window, 'pagehide', () => {
      recorder.flush('hide');
      this.outbox.hurry();
    });

    const observer = new MutationObserver((records) => this.pace.changed(changeOf(records, this.site, this.lastTurn, this.streaming)));
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
    const unwatchSettings = watchSettings((settings) => {
      this.settings = settings;
      this.pace.changed();
    });
    ctx.onInvalidated(() => {
      observer.disconnect();
      unwatchSettings();
      this.watcher.stop();
      this.notices.hide();
      this.pace.stop();
    });

    // The background says when the prompt this tab was opened for is stored; listen before asking.
    ctx.onInvalidated(onTabMessage('delivery.ready', () => void this.notices.receiveDelivery()));

    // Text already in the composer (a reload, or Detour updated mid-typing) is saved too, as the
    // prompt an earlier copy of Detour was writing when it is that one.
    capture.typed();
    this.carryOn();
    this.watcher.check();
    void this.notices.receiveDelivery();
  }

  private check(since: Change = 'page'): void {
    if (this.ctx.isInvalid) return;
    // One look for both: the composer and the thread are read once. After changes to messages'
    // text alone, the last look's answers about the rest of the page still stand; after changes
    // inside the last turn, those about the page beside it.
    if (since === 'page') this.answers = new Map();
    else if (since === 'turn') this.answers = besideLastTurn(this.answers, this.doc, this.site);
    duringLook(() => {
      this.capture.check(since === 'text');
      this.watcher.check();
    }, this.answers);
    this.lastTurn = lastTurnFound(this.answers, this.site);
  }

  /** Sends a message to the background; if Detour was updated or removed, this copy stops. */
  private async call<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K> | undefined> {
    // A report queued behind an earlier one (this.writes) may come due after this copy ended: the
    // copy that took over reports for the page now.
    if (this.ctx.isInvalid) return undefined;
    try {
      return await sendMessage(type, data);
    } catch (error) {
      if (this.ctx.isInvalid) return undefined;
      throw error;
    }
  }

  private write<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K> | undefined> {
    return this.writes.run(() => this.call(type, data));
  }

  /** A write of the outbox: it fails (and stays there) unless the background took it. */
  private async deliverWrite<K extends 'prompt.save' | 'prompt.outcome'>(type: K, data: Request<K>): Promise<void> {
    if (this.ctx.isInvalid) throw new Error('Detour was updated or removed');
    await sendMessage(type, data);
  }

  /**
   * Carries on the prompt an earlier copy of Detour was writing in this tab: the one that copy
   * handed over (it ran in this same isolated world), or else the one the background noted for
   * this tab, when the composer still begins with its text. Until the background answers,
   * nothing is written, so the prompt is never saved under two ids.
   */
  private carryOn(): void {
    const { inherited } = this.ctx;
    if (inherited) {
      this.promptId ??= inherited.promptId;
      for (const input of inherited.pending) this.outbox.save(input);
      if (inherited.draft) this.adopt(inherited.draft);
      return;
    }
    const draft = this.recorder.draft;
    if (!draft) return;
    const asked = this.call('draft.resume', { site: this.site.id, head: draft.text.slice(0, RESUME_HEAD_CHARS) }).catch(() => undefined);
    const timeout = new Promise<undefined>((resolve) => this.ctx.setTimeout(() => resolve(undefined), RESUME_WAIT_MS));
    this.outbox.hold(
      Promise.race([asked, timeout]).then((earlier) => {
        if (earlier && this.recorder.draft?.id === draft.id) this.adopt(earlier);
      }),
    );
  }

  private adopt(earlier: { readonly id: string; readonly createdAt: number; readonly savedText?: string }): void {
    const own = this.recorder.adopt(earlier);
    if (own === undefined || own === earlier.id) return;
    this.outbox.rename(own, earlier.id);
    this.capture.renamed(own, earlier.id);
    if (this.promptId === own) this.promptId = earlier.id;
  }

  private saveDraft(draft: Draft, sent: boolean): void {
    this.outbox.save({ ...draft, site: this.site.id, url: location.href, sent });
  }

  /**
   * A save did not land; the outbox keeps the text and tries again. The notice says where the
   * text is: still in the composer while it is, otherwise kept by Detour until it lands.
   */
  private saveFailed(error: unknown, input: PromptInput | undefined): void {
    // An outcome that did not land costs no text: the prompt itself is in.
    if (!input) return;
    this.notices.saveFailed(error, !input.sent && stillInComposer(this.doc, this.site, input.id, this.recorder.draft));
  }

  /** Everything kept after a failure has landed: the notice about it no longer holds. */
  private saveRecovered(): void {
    this.notices.saveRecovered();
    // The prompt is saved now: a notice about the chat's health can say so, and offer it.
    if (this.health.status !== 'healthy') this.updateNotice();
  }

  private sent(draft: Draft): void {
    this.promptId = draft.id;
    this.saveDraft(draft, true);
    this.watcher.sent();
  }

  private healthChanged(health: ChatHealth, state: ChatState): void {
    this.health = health;
    // The badge first: keeping the page's prompt reads the thread, and can wait that long.
    this.report();
    if (health.status === 'failed' && this.promptId === undefined) void this.rescue(state);
    if (health.status === 'healthy') this.updateNotice();
    else void this.notices.rankAlternatives().then(() => this.updateNotice());
  }

  private report(): void {
    const page = { kind: this.watcher.pageKind, loadedAt: Math.round(performance.timeOrigin) };
    void this.call('tab.report', { site: this.site.id, url: location.href, health: this.health, promptId: this.promptId, page });
  }

  private context(): ReturnType<typeof contextBeforeLastPrompt> {
    return contextBeforeLastPrompt(this.doc, this.site, CONTEXT_CHARS);
  }

  /** A failure found with no prompt sent here (the page loaded failed): keep the page's last prompt. */
  private async rescue(state: ChatState): Promise<void> {
    const text = lastUserMessage(this.doc, this.site);
    if (this.rescuing || !text || !state.failure) return;
    this.rescuing = true;
    const { id: site } = this.site;
    const request = { id: crypto.randomUUID(), site, text, url: location.href, failure: state.failure, context: this.context() };
    const reply = await this.write('prompt.rescue', request).catch(() => undefined);
    this.rescuing = false;
    if (!reply || this.promptId !== undefined) return;
    this.promptId = reply.id;
    this.report();
    this.updateNotice();
  }

  private outcome(outcome: Outcome, state: ChatState): void {
    const request = outcomeRequest(outcome, state, { id: this.promptId, url: location.href, context: () => this.context() });
    if (request) this.outbox.outcome(request);
  }

  private updateNotice(): void {
    // A prompt still in the outbox is not in the database yet: the notice neither says it is
    // saved nor offers to send it elsewhere (which reads it from there) until it lands.
    const promptId = this.promptId !== undefined && !this.outbox.holds(this.promptId) ? this.promptId : undefined;
    this.promptWaited = this.promptId !== undefined && promptId === undefined;
    this.notices.showHealth(this.health, promptId);
  }
}
