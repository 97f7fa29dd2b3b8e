import { t } from '../lib/i18n';
import type { PromptRecord } from '../lib/model';
import { alternativeHint } from '../lib/providers/hint';
import type { Alternative } from '../lib/providers/rank';
import { siteName } from '../lib/sites';
import type { SiteId } from '../lib/sites/types';
import { truncate } from '../lib/text';

export interface PromptCardProps {
  readonly prompt: PromptRecord;
  readonly heading: string;
  /** Best first, each with why it stands there. */
  readonly alternatives: readonly Alternative[];
  readonly now: number;
  readonly locale: string;
  /** Offered for a prompt that failed or stalled: keep it to send again where it was written. */
  readonly onResend?: () => void;
  readonly includeContext: boolean;
  readonly onIncludeContextChange: (include: boolean) => void;
  readonly onSend: (target: SiteId) => void;
  readonly onCopy: () => void;
}

/** One prompt, with a button per alternative chatbot that sends it there. */
export function PromptCard(props: PromptCardProps) {
  const { prompt, alternatives } = props;
  const hasContext = (prompt.context?.length ?? 0) > 0;
  return (
    <section class="card" aria-labelledby="card-heading">
      <h2 id="card-heading" class="card-heading">
        {props.heading}
      </h2>
      <p class="card-meta">
        {siteName(prompt.site)} · {t(`status_${prompt.status}`)}
        {prompt.failure && <> · “{truncate(prompt.failure.text, 80)}”</>}
      </p>
      <blockquote class="card-text">{prompt.text}</blockquote>
      <p class="card-label">{t('sendTo')}</p>
      <div class="targets" role="group" aria-label={t('sendTo')}>
        {alternatives.map((alternative) => (
          <button type="button" class="target" data-target={alternative.site} onClick={() => props.onSend(alternative.site)}>
            <span class="target-name">{siteName(alternative.site)}</span>
            <small class="target-hint">{alternativeHint(alternative, props.now, props.locale)}</small>
          </button>
        ))}
        <button type="button" class="quiet" onClick={props.onCopy}>
          {t('copy')}
        </button>
      </div>
      {props.onResend && (prompt.status === 'failed' || prompt.status === 'stalled') && (
        <button type="button" class="quiet resend" onClick={props.onResend}>
          {t('resendWhenBack', siteName(prompt.site))}
        </button>
      )}
      {hasContext && (
        <label class="check">
          <input
            type="checkbox"
            checked={props.includeContext}
            onChange={(event) => props.onIncludeContextChange(event.currentTarget.checked)}
          />
          {t('includeContext', prompt.context?.length ?? 0)}
        </label>
      )}
    </section>
  );
}
