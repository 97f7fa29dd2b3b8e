import type { DeliveryResult } from '../deliver/deliver';
import { t } from '../i18n';
import { errorCode } from '../messaging/protocol';
import type { ChatHealth } from '../model';
import { alternativeHint } from '../providers/hint';
import type { Alternative } from '../providers/rank';
import { truncate } from '../text';
import { siteName } from '../sites/directory';
import type { SiteAdapter, SiteId } from '../sites/types';
import type { NoticeContent } from './notice';

/**
 * What the in-page notice says, decided apart from the page: each function takes what is known
 * and returns the words and the buttons, the buttons as data (what they act on), so the content
 * script only wires a button to its act.
 */

/** A button's act: send the prompt to that chatbot, copy it, or keep it to send here again. */
export type NoticeTarget = SiteId | 'copy' | 'resend';

export interface NoticeButton {
  readonly label: string;
  readonly target: NoticeTarget;
  /** Why this chatbot is offered where it is ("you used it yesterday", "needs an account"). */
  readonly hint?: string;
}

export type NoticeWording = Omit<NoticeContent, 'actions'> & { readonly actions: readonly NoticeButton[] };

/** The card has room for this many buttons on a narrow window; the popup lists them all. */
export const NOTICE_ALTERNATIVES = 4;

/** The failure's own words are quoted; a long page text would push the buttons off the card. */
const QUOTE_CHARS = 160;

export interface HealthContext {
  readonly site: SiteId;
  /** The prompt saved for this exchange: without one there is nothing to send elsewhere. */
  readonly promptId: string | undefined;
  /** The alternatives, best first. */
  readonly alternatives: readonly Alternative[];
  /** For the alternatives' hints: the time and the UI's language. */
  readonly now: number;
  readonly locale: string;
}

/** The notice about the chat's health; none for a healthy chat, nor for a page Detour cannot read (the popup says so). */
export function healthNotice(health: ChatHealth, context: HealthContext): NoticeWording | undefined {
  if (health.status === 'healthy' || health.status === 'blind') return undefined;
  const name = siteName(context.site);
  const failed = health.status === 'failed';
  const what = failed
    ? `“${truncate(health.failure.text, QUOTE_CHARS)}”`
    : t(health.stall.reason === 'no-reply' ? 'noticeNoReplyBody' : 'noticeStalledBody', health.stall.seconds);
  const saved = context.promptId !== undefined;
  return {
    tone: failed ? 'failure' : 'stall',
    title: t(failed ? 'noticeFailedTitle' : 'noticeStalledTitle', name),
    body: saved ? `${what} ${t('noticePromptSaved')}` : what,
    actionsLabel: saved ? t('noticeSendTo') : undefined,
    actions: saved
      ? [
          ...context.alternatives
            .slice(0, NOTICE_ALTERNATIVES)
            .map((alternative) => ({ label: siteName(alternative.site), target: alternative.site, hint: alternativeHint(alternative, context.now, context.locale) })),
          { label: t('resendWhenBack', name), target: 'resend' as const },
        ]
      : [],
    closeLabel: t('close'),
  };
}

/** The prompt is kept to send here again: says what happens next, and where to cancel it. */
export function resendScheduledNotice(site: SiteId, offerAfterMinutes: number): NoticeWording {
  const name = siteName(site);
  return { tone: 'info', title: t('resendScheduledTitle', name), body: t('resendScheduledBody', name, offerAfterMinutes), actions: [], closeLabel: t('close') };
}

/** Whether a notice is about the chat's health (it goes when the chat is healthy again). */
export function isHealthTone(tone: NoticeContent['tone'] | undefined): boolean {
  return tone === 'failure' || tone === 'stall';
}

/**
 * A save did not reach the database; Detour keeps the text and tries again. The words say where
 * the text is: still in the composer while it is; otherwise (the prompt was sent, or the composer
 * cleared) kept by Detour in memory, in the browser's (a full disk: the background keeps it, past
 * the tab) or in this tab's (the background could not be reached), until it lands.
 */
export function saveFailedNotice(error: unknown, inComposer: boolean): NoticeWording {
  const detail = error instanceof Error ? error.message : String(error);
  const quota = errorCode(error) === 'quota';
  const body = inComposer
    ? quota
      ? t('saveFailedDiskFull')
      : t('saveFailedOther', detail)
    : quota
      ? t('saveFailedKeptDiskFull')
      : t('saveFailedKeptOther', detail);
  return { tone: 'info', title: t('saveFailedTitle'), body, actions: [], closeLabel: t('close') };
}

/** What to tell the person when a prompt could not be placed (too long has its own words). */
export const DELIVERY_PROBLEMS = {
  'no-composer': 'deliveryNoComposer',
  'not-registered': 'deliveryNotRegistered',
  'no-send-button': 'deliveryNotSent',
  'not-sent': 'deliveryNotSent',
} as const;

export type DeliveryProblem = Extract<DeliveryResult, { ok: false }>['reason'];

/** A prompt opened here could not be put in the composer: the last resort is to copy it. */
export function deliveryFailedNotice(
  reason: DeliveryProblem,
  site: Pick<SiteAdapter, 'id' | 'maxPromptChars'>,
  promptChars: number,
): NoticeWording {
  const name = siteName(site.id);
  return {
    tone: 'info',
    title: t('deliveryFailedTitle', name),
    body:
      reason === 'too-long'
        ? t('deliveryTooLong', name, site.maxPromptChars ?? 0, promptChars)
        : t(DELIVERY_PROBLEMS[reason], name),
    actions: [{ label: t('copyPrompt'), target: 'copy' }],
    closeLabel: t('close'),
  };
}

/** After the copy button: whether the prompt is on the clipboard to paste. */
export function copiedNotice(site: SiteId, copied: boolean): NoticeWording {
  return {
    tone: 'info',
    title: t('deliveryFailedTitle', siteName(site)),
    body: copied ? t('deliveryCopied') : t('deliveryCopyFailed'),
    actions: [],
    closeLabel: t('close'),
  };
}
