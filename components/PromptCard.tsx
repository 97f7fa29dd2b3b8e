import { t } from '../lib/i18n';
import type { PromptRecord } from '../lib/model';
import { siteName } from '../lib/sites';
import type { SiteId } from '../lib/sites/types';
import { truncate } from '../lib/text';

export interface PromptCardProps {
  readonly prompt: PromptRecord;
  readonly heading: string;
  readonly alternatives: readonly SiteId[];
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
        {alternatives.map((target) => (
          <button type="button" class="target" data-target={target} onClick={() => props.onSend(target)}>
            {siteName(target)}
          </button>
        ))}
        <button type="button" class="quiet" onClick={props.onCopy}>
          {t('copy')}
        </button>
      </div>
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
