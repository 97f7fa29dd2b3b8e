import { uiLanguage } from '../i18n';
import type { MessageType, Request, Response } from '../messaging/protocol';
import type { ChatHealth, Delivery } from '../model';
import type { PageNotice } from '../notice/notice';
import { dismissalKey } from '../notice/notice-key';
import { keepClearOf } from '../notice/keep-clear';
import type { NoticeTarget, NoticeWording } from '../notice/wording';
import type { Alternative } from '../providers/rank';
import type { Settings } from '../settings';
import type { SiteAdapter, SiteId } from '../sites/types';
import { type ChatExtras, loadExtras } from './extras';
import { LazyNotice } from './lazy-notice';

/** A message to the background, answered, or undefined once this copy of the script has stopped. */
export type Call = <K extends MessageType>(type: K, data: Request<K>) => Promise<Response<K> | undefined>;

/** What the notices ask of the chat page they are on. */
export interface NoticeHost {
  readonly call: Call;
  readonly settings: () => Settings;
  readonly health: () => ChatHealth;
}

/**
 * What Detour says inside one chatbot page, and the prompt it fills in there when the tab was
 * opened to receive one: the chat page (lib/chat/chat-page.ts) says when; this decides what is
 * shown and what its buttons do. The notice's code is loaded only once there is something to
 * show (lib/chat/lazy-notice.ts).
 */
export class ChatNotices {
  private readonly notice: LazyNotice;
  /** The body of the save-failure notice last shown, while saves fail (it is not shown twice). */
  private saveNotice: string | undefined;
  /** Whether the notice on the page is the save-failure one. */
  private noticeIsSave = false;
  /** The notice the person closed, by what it was about (see dismissalKey). */
  private dismissed: string | undefined;
  /** The alternatives to offer, most likely to work first, as the background ranks them (the person's order if it cannot). */
  private alternatives: Alternative[] | undefined;

  constructor(
    private readonly doc: Document,
    private readonly site: SiteAdapter,
    private readonly host: NoticeHost,
  ) {
    this.notice = new LazyNotice(loadExtras, (extras) => new extras.PageNotice(doc, () => (this.dismissed = this.key()), () => keepClearOf(doc, site)));
  }

  hide(): void {
    this.notice.hide();
  }

  /** A save did not land: says where its text is (`inComposer`: still in the composer). */
  saveFailed(error: unknown, inComposer: boolean): void {
    this.notice.with((notice, { wording }) => {
      const words = wording.saveFailedNotice(error, inComposer);
      if (this.saveNotice === words.body) return;
      this.saveNotice = words.body;
      this.show(notice, words);
      this.noticeIsSave = true;
    });
  }

  /** Everything kept after a failure has landed: the notice about it no longer holds. */
  saveRecovered(): void {
    this.notice.ifAsked((notice) => {
      this.saveNotice = undefined;
      if (this.noticeIsSave && notice.tone !== undefined) notice.hide();
      this.noticeIsSave = false;
    });
  }

  /** Asks the background which chatbots are healthiest now. */
  async rankAlternatives(): Promise<void> {
    this.alternatives = await this.host.call('alternatives.rank', { site: this.site.id }).catch(() => undefined);
  }

  /**
   * The notice about the chat's health, offering `promptId` (saved: in the database) to the
   * alternatives; a healthy chat's goes.
   */
  showHealth(health: ChatHealth, promptId: string | undefined): void {
    const settings = this.host.settings();
    const step = (notice: PageNotice, { wording, rankAlternatives }: ChatExtras) => {
      const words = settings.showNotice
        ? wording.healthNotice(health, {
            site: this.site.id,
            promptId,
            alternatives: this.alternatives ?? rankAlternatives(this.site.id, settings.preferredOrder),
            now: Date.now(),
            locale: uiLanguage(),
          })
        : undefined;
      // Only the notice about the chat's health goes; one about a save or a delivery stays.
      if (!words) {
        if (wording.isHealthTone(notice.tone)) notice.hide();
        return;
      }
      if (this.dismissed === this.key()) return;
      this.show(notice, words, (target) => {
        if (promptId === undefined || target === 'copy') return;
        if (target === 'resend') void this.resendWhenBack(promptId);
        else this.sendTo(target, promptId);
      });
    };
    // A healthy chat has nothing to say: the notice is loaded only once there is.
    if (health.status === 'healthy' || !settings.showNotice) this.notice.ifAsked(step);
    else this.notice.with(step);
  }

  /** When this tab was opened to receive a prompt, put it in the composer (and send it). */
  async receiveDelivery(): Promise<void> {
    const delivery = await this.host.call('delivery.claim', {}).catch(() => undefined);
    if (!delivery) return;
    // Claimed once only: a load that fails is tried again before the prompt is given up here (it stays in the library).
    const extras = await loadExtras()
      .catch(() => loadExtras())
      .catch(() => undefined);
    if (!extras) return;
    const result = await extras.deliver(this.doc, this.site, delivery);
    if (result.ok) return;
    this.notice.with((notice, { wording, copyToClipboard }) =>
      this.show(notice, wording.deliveryFailedNotice(result.reason, this.site, delivery.text.length), () => void this.copy(delivery, copyToClipboard)),
    );
  }

  private key(): string {
    return dismissalKey(this.host.health(), this.site.conversationId(new URL(location.href)));
  }

  /** Shows `words` in `notice`, its buttons calling `act` with what they are for. */
  private show(notice: PageNotice, words: NoticeWording, act: (target: NoticeTarget) => void = () => undefined): void {
    const actions = words.actions.map(({ label, hint, target }) => ({ label, ...(hint && { hint }), onSelect: () => act(target) }));
    notice.show({ ...words, actions });
    this.noticeIsSave = false;
  }

  private sendTo(target: SiteId, promptId: string): void {
    this.notice.hide();
    void this.host.call('send.open', { promptId, target, withContext: this.host.settings().includeContext });
  }

  /** The person chose to send it here again once this chatbot works: the background keeps it. */
  private async resendWhenBack(promptId: string): Promise<void> {
    const kept = await this.host.call('resend.schedule', { promptId }).catch(() => undefined);
    const minutes = this.host.settings().resendOfferMinutes;
    if (kept) this.notice.with((notice, { wording }) => this.show(notice, wording.resendScheduledNotice(this.site.id, minutes)));
  }

  /** The last resort: the person copies the prompt and pastes it themselves. */
  private async copy(delivery: Delivery, copyToClipboard: ChatExtras['copyToClipboard']): Promise<void> {
    const copied = await copyToClipboard(delivery.text, this.doc);
    this.notice.with((notice, { wording }) => this.show(notice, wording.copiedNotice(this.site.id, copied)));
  }
}
