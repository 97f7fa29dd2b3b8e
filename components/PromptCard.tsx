import { useEffect, useRef, useState } from 'preact/hooks';
import { plural, t } from '../lib/i18n';
import type { PromptRecord } from '../lib/model';
import { alternativeHint } from '../lib/providers/hint';
import type { Alternative } from '../lib/providers/rank';
import { siteName } from '../lib/sites';
import type { SiteId } from '../lib/sites/types';
import { truncate } from '../lib/text';
import { listKeys } from '../lib/ui/arrow-keys';

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
  /** The first send button takes the focus (the popup, opened on a failure): Enter sends at once. */
  readonly autoFocus?: boolean;
  /** The failure's words beside the status; left out where the page already shows them (the popup's tab state). */
  readonly quoteFailure?: boolean;
  /** Buttons shown before "More…"; all of them when not set. */
  readonly shownTargets?: number;
}

/** One prompt, with a button per alternative chatbot that sends it there. */
export function PromptCard(props: PromptCardProps) {
  const { prompt, alternatives, shownTargets = alternatives.length } = props;
  const [all, setAll] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.autoFocus) first.current?.focus();
  }, [props.autoFocus, prompt.id]);
  const hasContext = (prompt.context?.length ?? 0) > 0;
  const targets = all ? alternatives : alternatives.slice(0, shownTargets);
  return (
    <section class="card" aria-labelledby="card-heading">
      <div class="card-head">
        <h2 id="card-heading" class="card-heading">
          {props.heading}
        </h2>
        <p class="card-meta">
          {siteName(prompt.site)} · {t(`status_${prompt.status}`)}
          {prompt.failure && props.quoteFailure !== false && <> · “{truncate(prompt.failure.text, 80)}”</>}
        </p>
      </div>
      <blockquote class="card-text" tabIndex={0}>
        {prompt.text}
      </blockquote>
      <div class="targets" role="group" aria-label={t('sendTo')} onKeyDown={(event) => listKeys(event, 'button')}>
        <span class="card-label" aria-hidden="true">
          {t('sendTo')}
        </span>
        {targets.map((alternative, index) => (
          <button
            type="button"
            class="target"
            data-target={alternative.site}
            ref={index === 0 ? first : undefined}
            onClick={() => props.onSend(alternative.site)}
          >
            <span class="target-name">{siteName(alternative.site)}</span>
            <small class="target-hint">{alternativeHint(alternative, props.now, props.locale)}</small>
          </button>
        ))}
        {targets.length < alternatives.length && (
          <button
            type="button"
            class="quiet more"
            aria-expanded="false"
            aria-label={t('moreTargets', alternatives.length - targets.length)}
            title={t('moreTargets', alternatives.length - targets.length)}
            onClick={() => setAll(true)}
          >
            +{alternatives.length - targets.length}
          </button>
        )}
      </div>
      <div class="card-actions">
        <button type="button" class="quiet" onClick={props.onCopy}>
          {t('copy')}
        </button>
        {props.onResend && (prompt.status === 'failed' || prompt.status === 'stalled') && (
          <button type="button" class="quiet resend" onClick={props.onResend}>
            {t('resendWhenBack', siteName(prompt.site))}
          </button>
        )}
      </div>
      {hasContext && (
        <label class="check">
          <input
            type="checkbox"
            checked={props.includeContext}
            onChange={(event) => props.onIncludeContextChange(event.currentTarget.checked)}
          />
          {plural('includeContext', prompt.context?.length ?? 0)}
        </label>
      )}
    </section>
  );
}
