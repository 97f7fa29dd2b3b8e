import { browser } from 'wxt/browser';
import type { ChatHealth, Delivery } from '../../lib/model';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rankAlternatives } from '../../lib/providers/rank';
import { DraftRecorder, type Draft } from '../../lib/capture/draft-recorder';
import { PromptCapture } from '../../lib/capture/prompt-capture';
import { deliver, type DeliveryResult } from '../../lib/deliver/deliver';
import type { ChatState, Outcome } from '../../lib/detect/chat-state';
import { contextBeforeLastPrompt, lastUserMessage } from '../../lib/page/conversation';
import { ChatWatcher } from '../../lib/detect/watcher';
import { t } from '../../lib/i18n';
import { isDeliveryReady, MessageError, type MessageType, type Request, type Response, sendMessage } from '../../lib/messaging/protocol';
import { PageNotice } from '../../lib/notice/notice';
import { type Settings, watchSettings } from '../../lib/settings';
import { siteName } from '../../lib/sites';
import type { SiteAdapter, SiteId } from '../../lib/sites/types';
import { truncate } from '../../lib/page/text';
import { copyToClipboard } from '../../lib/ui/actions';

/** Page changes are looked at together, at most this often (a streaming reply changes constantly). */
const CHECK_DELAY_MS = 200;
/** Drafts are saved this long after the last keystroke. */
const DRAFT_DELAY_MS = 300;
/** A save that failed (a full disk) is tried again after this long. */
const SAVE_RETRY_MS = 10_000;
/** The conversation kept with a failed prompt, to send along as context. */
const CONTEXT_CHARS = 12_000;
/** Alternatives offered in the page; the popup lists them all. */
const NOTICE_ALTERNATIVES = 4;
/** Attributes whose change can show or hide a failure or the stop control. */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-busy', 'aria-disabled', 'disabled', 'data-state', 'class', 'style', 'open'];

/** What to tell the person when a prompt could not be placed (too long has its own words). */
const DELIVERY_PROBLEMS = {
  'no-composer': 'deliveryNoComposer',
  'not-registered': 'deliveryNotRegistered',
  'no-send-button': 'deliveryNotSent',
  'not-sent': 'deliveryNotSent',
} as const;

/** Enter sends in every supported chatbot (Ctrl/⌘+Enter in some settings); Shift+Enter is a new line. */
function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229;
}

/**
 * Detour on one chatbot page: saves what is typed, notices failures and stalls, reports them to
 * the background (which sets the badge), shows the in-page notice, and fills the composer when
 * this tab was opened to receive a prompt.
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
  private recovering = false;
  /** The alternatives to offer, healthiest first, as the background ranks them. */
  private alternatives: SiteId[] | undefined;
  private checkTimer: number | undefined;
  /** Prompt writes go one after another, so an outcome never overtakes its prompt's save. */
  private writes: Promise<unknown> = Promise.resolve();

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
    const onMessage = (message: unknown) => void (isDeliveryReady(message) && this.receiveDelivery());
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

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
    const next = this.writes.then(() => this.call(type, data));
    this.writes = next.catch(() => undefined);
    return next;
  }

  private saveDraft(draft: Draft, sent: boolean): void {
    const input = { ...draft, site: this.site.id, url: location.href, sent };
    this.write('prompt.save', input).catch((error: unknown) => this.saveFailed(error));
  }

  /** Nothing is lost when a save fails: the text stays in the composer and the save is retried. */
  private saveFailed(error: unknown): void {
    const diskFull = error instanceof MessageError && error.code === 'quota';
    this.notice.show({
      tone: 'info',
      title: t('saveFailedTitle'),
      body: diskFull ? t('saveFailedDiskFull') : t('saveFailedOther', error instanceof Error ? error.message : String(error)),
      actions: [],
      closeLabel: t('close'),
    });
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
    if (health.status === 'failed' && this.promptId === undefined) void this.recover(state);
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

  /** A failure found with no prompt sent here (the page loaded failed): keep the page's last prompt. */
  private async recover(state: ChatState): Promise<void> {
    const text = lastUserMessage(this.doc, this.site);
    if (this.recovering || !text || !state.failure) return;
    this.recovering = true;
    const reply = await this.write('prompt.recover', {
      id: crypto.randomUUID(),
      site: this.site.id,
      text,
      url: location.href,
      failure: state.failure,
      context: contextBeforeLastPrompt(this.doc, this.site, CONTEXT_CHARS),
    }).catch(() => undefined);
    this.recovering = false;
    if (!reply || this.promptId !== undefined) return;
    this.promptId = reply.id;
    this.report();
    this.updateNotice();
  }

  private outcome(outcome: Outcome, state: ChatState): void {
    const id = this.promptId;
    if (id === undefined) return;
    const url = location.href;
    if (outcome === 'failed' && state.failure) {
      const context = contextBeforeLastPrompt(this.doc, this.site, CONTEXT_CHARS);
      void this.write('prompt.outcome', { id, url, outcome, failure: state.failure, context });
    } else if (outcome === 'stalled' && state.stall) {
      void this.write('prompt.outcome', { id, url, outcome, stall: state.stall });
    } else if (outcome === 'answered') {
      void this.write('prompt.outcome', { id, url, outcome });
    }
  }

  private noticeKey(): string {
    const { health } = this;
    const what = health.status === 'failed' ? health.failure.text : health.status === 'stalled' ? health.stall.reason : '';
    return `${health.status}|${what}|${this.site.conversationId(new URL(location.href)) ?? ''}`;
  }

  private updateNotice(): void {
    const { health } = this;
    if (health.status === 'healthy' || !this.settings.showNotice) {
      // Only the notice about the chat's health goes; one about a save or a delivery stays.
      const tone = this.notice.tone;
      if (tone === 'failure' || tone === 'stall') this.notice.hide();
      return;
    }
    if (this.dismissed === this.noticeKey()) return;
    const name = siteName(this.site.id);
    const promptId = this.promptId;
    const alternatives = (this.alternatives ?? rankAlternatives(this.site.id, this.settings.preferredOrder)).slice(0, NOTICE_ALTERNATIVES);
    const failed = health.status === 'failed';
    const what = failed
      ? `“${truncate(health.failure.text, 160)}”`
      : t(health.stall.reason === 'no-reply' ? 'noticeNoReplyBody' : 'noticeStalledBody', health.stall.seconds);
    this.notice.show({
      tone: failed ? 'failure' : 'stall',
      title: t(failed ? 'noticeFailedTitle' : 'noticeStalledTitle', name),
      body: promptId ? `${what} ${t('noticePromptSaved')}` : what,
      actionsLabel: promptId ? t('noticeSendTo') : undefined,
      actions: promptId
        ? alternatives.map((target) => ({ label: siteName(target), onSelect: () => this.sendTo(target, promptId) }))
        : [],
      closeLabel: t('close'),
    });
  }

  private sendTo(target: SiteId, promptId: string): void {
    this.notice.hide();
    void this.call('send.open', { promptId, target, withContext: this.settings.includeContext });
  }

  /** When this tab was opened to receive a prompt, put it in the composer (and send it). */
  private async receiveDelivery(): Promise<void> {
    const delivery = await this.call('delivery.claim', {}).catch(() => undefined);
    if (!delivery) return;
    const result = await deliver(this.doc, this.site, delivery);
    if (!result.ok) this.deliveryFailed(delivery, result);
  }

  /** The last resort: the person copies the prompt and pastes it themselves. */
  private deliveryFailed(delivery: Delivery, result: Extract<DeliveryResult, { ok: false }>): void {
    const name = siteName(this.site.id);
    const copy = async () => {
      const copied = await copyToClipboard(delivery.text, this.doc);
      this.notice.show({
        tone: 'info',
        title: t('deliveryFailedTitle', name),
        body: copied ? t('deliveryCopied') : t('deliveryCopyFailed'),
        actions: [],
        closeLabel: t('close'),
      });
    };
    this.notice.show({
      tone: 'info',
      title: t('deliveryFailedTitle', name),
      body:
        result.reason === 'too-long'
          ? t('deliveryTooLong', name, this.site.maxPromptChars ?? 0, delivery.text.length)
          : t(DELIVERY_PROBLEMS[result.reason], name),
      actions: [{ label: t('copyPrompt'), onSelect: () => void copy() }],
      closeLabel: t('close'),
    });
  }
}
