import { browser } from 'wxt/browser';
import type { PromptRecord } from '../model';
import type { SiteId } from '../sites/types';
import type { PendingResend } from './resend';
import { plural, t } from '../i18n';
import { siteName } from '../sites';
import { truncate } from '../text';

/** Notifications that offer to retry a failed prompt carry its id in theirs. */
const RETRY_PREFIX = 'detour-retry:';
/** Those that offer another chatbot instead of waiting carry the prompt's id and the target's. */
const INSTEAD_PREFIX = 'detour-instead:';

/** "ChatGPT is working again": offers to send the prompt that failed there once more. */
export async function notifyRecovery(prompt: PromptRecord, failedCount: number): Promise<void> {
  const name = siteName(prompt.site);
  await browser.notifications.create(`${RETRY_PREFIX}${prompt.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('recoveredTitle', name),
    message:
      failedCount > 1
        ? plural('recoveredBodyMany', failedCount, truncate(prompt.text, 120))
        : t('recoveredBody', truncate(prompt.text, 120)),
    // Firefox shows no buttons: there, clicking the notification itself retries.
    ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: t('retryThere', name) }] }),
  });
}

/** Calls back with the prompt id when a person clicks a retry notification (or its button). */
export function onRetryClicked(retry: (promptId: string) => void): void {
  const clicked = (id: string) => {
    if (!id.startsWith(RETRY_PREFIX)) return;
    void browser.notifications.clear(id);
    retry(id.slice(RETRY_PREFIX.length));
  };
  browser.notifications.onClicked.addListener(clicked);
  browser.notifications.onButtonClicked?.addListener((id) => clicked(id));
}

/** "ChatGPT is still not working": offers `target` for a prompt that waits to be sent again. */
export async function notifyInstead(entry: PendingResend, target: SiteId): Promise<void> {
  const name = siteName(target);
  await browser.notifications.create(`${INSTEAD_PREFIX}${entry.promptId}:${target}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('stillDownTitle', siteName(entry.site)),
    message: t('stillDownBody', name, truncate(entry.preview, 120)),
    ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: t('sendInstead', name) }] }),
  });
}

/** Calls back with the prompt and the chatbot offered when a person takes the offer. */
export function onInsteadClicked(send: (promptId: string, target: SiteId) => void): void {
  const clicked = (id: string) => {
    if (!id.startsWith(INSTEAD_PREFIX)) return;
    void browser.notifications.clear(id);
    const rest = id.slice(INSTEAD_PREFIX.length);
    const at = rest.lastIndexOf(':');
    send(rest.slice(0, at), rest.slice(at + 1) as SiteId);
  };
  browser.notifications.onClicked.addListener(clicked);
  browser.notifications.onButtonClicked?.addListener((id) => clicked(id));
}
