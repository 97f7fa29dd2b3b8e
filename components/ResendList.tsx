import { t } from '../lib/i18n';
import type { PendingResend } from '../lib/retry/resend';
import { siteName } from '../lib/sites';
import { truncate } from '../lib/text';
import { relativeTime } from '../lib/ui/relative-time';

export interface ResendListProps {
  readonly pending: readonly PendingResend[];
  readonly now: number;
  readonly locale: string;
  readonly onCancel: (entry: PendingResend) => void;
}

/** Prompts Detour keeps to send again once their chatbot works, each cancellable. */
export function ResendList({ pending, now, locale, onCancel }: ResendListProps) {
  if (pending.length === 0) return null;
  return (
    <section class="resends" aria-labelledby="resends-heading">
      <h2 id="resends-heading">{t('resendsHeading')}</h2>
      <ul>
        {pending.map((entry) => (
          <li class="resend-item" data-prompt={entry.promptId}>
            <p>
              <strong>{siteName(entry.site)}</strong> · {t('resendWaitingSince', relativeTime(entry.createdAt, now, locale))}
            </p>
            <p class="resend-preview">{truncate(entry.preview, 80)}</p>
            <button type="button" class="quiet" onClick={() => onCancel(entry)}>
              {t('resendCancel')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
