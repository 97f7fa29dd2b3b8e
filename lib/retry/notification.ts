import { browser } from 'wxt/browser';
import type { PromptRecord } from '../model';
import { plural, t } from '../i18n';
import { siteName } from '../sites';
import { truncate } from '../text';

/** Notifications that offer to retry a failed prompt carry its id in theirs. */
const RETRY_PREFIX = 'detour-retry:';

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
