import type { ChatHealth, Delivery } from '../../lib/model';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Alternative, rankAlternatives } from '../../lib/providers/rank';
import { DraftRecorder, type Draft } from '../../lib/capture/draft-recorder';
import { stillInComposer } from '../../lib/capture/in-composer';
import { outcomeRequest } from '../../lib/capture/outcome';
import { PromptCapture } from '../../lib/capture/prompt-capture';
import { isSendKey } from '../../lib/capture/send-key';
import { deliver } from '../../lib/deliver/deliver';
import type { ChatState, Outcome } from '../../lib/detect/chat-state';
import { contextBeforeLastPrompt, lastUserMessage } from '../../lib/page/conversation';
import { ChatWatcher } from '../../lib/detect/watcher';
import { type MessageType, onTabMessage, type Request, type Response, sendMessage } from '../../lib/messaging/protocol';
import { Serial } from '../../lib/messaging/serial';
import { PageNotice } from '../../lib/notice/notice';
import { dismissalKey } from '../../lib/notice/notice-key';
import {
  copiedNotice,
  deliveryFailedNotice,
  healthNotice,
  isHealthTone,
  type NoticeTarget,
  type NoticeWording,
  resendScheduledNotice,
  saveFailedNotice,
} from '../../lib/notice/wording';
import { type Settings, watchSettings } from '../../lib/settings';
import type { SiteAdapter, SiteId } from '../../lib/sites/types';
import { copyToClipboard } from '../../lib/ui/clipboard';
import { uiLanguage } from '../../lib/i18n';

/** Page changes are looked at together, at most this often: a streaming reply changes the page constantly. */
const CHECK_DELAY_MS = 200;
/** Drafts are saved this long after the last keystroke: a pause in typing, yet little to lose on a crash. */
const DRAFT_DELAY_MS = 300;
/** A save that failed (a full disk) is tried again after this long: time for the person to free space. */
const SAVE_RETRY_MS = 10_000;
/** The conversation kept with a failed prompt, to send along as context: room in every target's composer. */
const CONTEXT_CHARS = 12_000;
/** Attributes whose change can show or hide a failure or the stop control (others would only cost checks). */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-busy', 'aria-disabled', 'disabled', 'data-state', 'class', 'style', 'open'];

/**
 * Detour on one chatbot page: saves what is typed, notices failures and stalls, reports them to
 * the background (which sets the badge), shows the in-page notice, and fills the composer when
 * this tab was opened to receive a prompt. Wiring only: what to record and what to say are
 * decided in lib/capture/ and lib/notice/.
 */
export class ChatPage {
  private readonly recorder: DraftRecorder;
  private readonly capture: PromptCapture;
  private readonly watcher: ChatWatcher;
  private readonly notice: PageNotice;
  /** The prompt this tab's exchange is about: sent here, or found failed on the page. */
  private promptId: string | undefined;
  private health: ChatHealth = { status: 'healthy', answering: false };
  private dismissed: string | undefined;
  private rescuing = false;
  /** The alternatives to offer, most likely to work first, as the background ranks them. */
  private alternatives: Alternative[] | undefined;
  private checkTimer: number | undefined;
  /** Prompt writes go one after another, so an outcome never overtakes its prompt's save. */
  private readonly writes = new Serial();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly site: SiteAdapter,
    private settings: Settings,
  ) {
    this.recorder = new DraftRecorder({ delayMs: DRAFT_DELAY_MS, save: (draft) => this.saveDraft(draft, false) });
    this.capture = new PromptCapture(doc, site, this.recorder, (draft) => this.sent(draft));
    this.watcher = new ChatWatcher(
      doc,
      site,
      () => ({ stallMs: this.settings.stallSeconds * 1000, noReplyMs: this.settings.noReplySeconds * 1000 }),
      {
        onHealth: (health, state) => this.healthChanged(health, state),
        onOutcome: (outcome, state) => this.outcome(outcome, state),
      },
    );
    this.notice = new PageNotice(doc, () => (this.dismissed = this.noticeKey()));
  }

  start(): void {
    const { ctx, doc, capture, recorder } = this;
    ctx.addEventListener(doc, 'input', (event) => capture.isComposer(event.target) && capture.typed(), { capture: true });
    ctx.addEventListener(doc, 'keydown', (event) => {
      if (isSendKey(event) && capture.isComposer(event.target)) capture.sendAttempt();
    }, { capture: true });
    ctx.addEventListener(doc, 'click', (event) => capture.isSendButton(event.target) && capture.sendAttempt(), { capture: true });
    ctx.addEventListener(doc, 'focusout', (event) => capture.isComposer(event.target) && recorder.flush('blur'), { capture: true });
    ctx.addEventListener(doc, 'visibilitychange', () => doc.visibilityState === 'hidden' && recorder.flush('hide'));
    ctx.addEventListener(window, 'pagehide', () => recorder.flush('hide'));

    const observer = new MutationObserver(() => this.scheduleCheck());
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
    const unwatchSettings = watchSettings((settings) => {
      this.settings = settings;
      this.scheduleCheck();
    });
    ctx.onInvalidated(() => {
      observer.disconnect();
      unwatchSettings();
      this.watcher.stop();
      this.notice.hide();
      clearTimeout(this.checkTimer);
    });

    // The background says when the prompt this tab was opened for is stored; listen before asking.
    ctx.onInvalidated(onTabMessage('delivery.ready', () => void this.receiveDelivery()));

    // Text already in the composer (a reload, or Detour updated mid-typing) is saved too.
    capture.typed();
    this.watcher.check();
    void this.receiveDelivery();
  }

  private scheduleCheck(): void {
    if (this.checkTimer !== undefined) return;
    this.checkTimer = this.ctx.setTimeout(() => {
      this.checkTimer = undefined;
      this.capture.check();
      this.watcher.check();
    }, CHECK_DELAY_MS);
  }

  /** Sends a message to the background; if Detour was updated or removed, this copy stops. */
  private async call<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K> | undefined> {
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

  private saveDraft(draft: Draft, sent: boolean): void {
    const input = { ...draft, site: this.site.id, url: location.href, sent };
    this.write('prompt.save', input).catch((error: unknown) => this.saveFailed(error, draft));
  }

  /** The save is retried; the notice says the text is in the composer only while it is (not after a send). */
  private saveFailed(error: unknown, draft: Draft): void {
    this.show(saveFailedNotice(error, stillInComposer(this.doc, this.site, draft.id, this.recorder.draft)));
    this.recorder.markUnsaved();
    this.ctx.setTimeout(() => this.recorder.flush('typing'), SAVE_RETRY_MS);
  }

  private sent(draft: Draft): void {
    this.promptId = draft.id;
    this.saveDraft(draft, true);
    this.watcher.sent();
  }

  private healthChanged(health: ChatHealth, state: ChatState): void {
    this.health = health;
    if (health.status === 'failed' && this.promptId === undefined) void this.rescue(state);
    this.report();
    if (health.status === 'healthy') this.updateNotice();
    else void this.rankAlternatives().then(() => this.updateNotice());
  }

  /** Asks the background which chatbots are healthiest now; the person's order if it cannot say. */
  private async rankAlternatives(): Promise<void> {
    const ranked = await this.call('alternatives.rank', { site: this.site.id }).catch(() => undefined);
    this.alternatives = ranked ?? rankAlternatives(this.site.id, this.settings.preferredOrder);
  }

  private report(): void {
    void this.call('tab.report', { site: this.site.id, url: location.href, health: this.health, promptId: this.promptId });
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
    if (request) void this.write('prompt.outcome', request);
  }

  private noticeKey(): string {
    return dismissalKey(this.health, this.site.conversationId(new URL(location.href)));
  }

  private updateNotice(): void {
    const wording = this.settings.showNotice
      ? healthNotice(this.health, {
          site: this.site.id,
          promptId: this.promptId,
          alternatives: this.alternatives ?? rankAlternatives(this.site.id, this.settings.preferredOrder),
          now: Date.now(),
          locale: uiLanguage(),
        })
      : undefined;
    // Only the notice about the chat's health goes; one about a save or a delivery stays.
    if (!wording) {
      if (isHealthTone(this.notice.tone)) this.notice.hide();
      return;
    }
    if (this.dismissed === this.noticeKey()) return;
    const promptId = this.promptId;
    this.show(wording, (target) => {
      if (promptId === undefined || target === 'copy') return;
      if (target === 'resend') void this.resendWhenBack(promptId);
      else this.sendTo(target, promptId);
    });
  }

  /** Shows `wording`, its buttons calling `act` with what they are for. */
  private show(wording: NoticeWording, act: (target: NoticeTarget) => void = () => undefined): void {
    const actions = wording.actions.map(({ label, hint, target }) => ({ label, ...(hint && { hint }), onSelect: () => act(target) }));
    this.notice.show({ ...wording, actions });
  }

  private sendTo(target: SiteId, promptId: string): void {
    this.notice.hide();
    void this.call('send.open', { promptId, target, withContext: this.settings.includeContext });
  }

  /** The person chose to send it here again once this chatbot works: the background keeps it. */
  private async resendWhenBack(promptId: string): Promise<void> {
    const kept = await this.call('resend.schedule', { promptId }).catch(() => undefined);
    if (kept) this.show(resendScheduledNotice(this.site.id, this.settings.resendOfferMinutes));
  }

  /** When this tab was opened to receive a prompt, put it in the composer (and send it). */
  private async receiveDelivery(): Promise<void> {
    const delivery = await this.call('delivery.claim', {}).catch(() => undefined);
    if (!delivery) return;
    const result = await deliver(this.doc, this.site, delivery);
    if (!result.ok) this.show(deliveryFailedNotice(result.reason, this.site, delivery.text.length), () => void this.copy(delivery));
  }

  /** The last resort: the person copies the prompt and pastes it themselves. */
  private async copy(delivery: Delivery): Promise<void> {
    this.show(copiedNotice(this.site.id, await copyToClipboard(delivery.text, this.doc)));
  }
}
