import { relativeTime } from '../lib/ui/relative-time';
import type { PromptRecord } from '../lib/model';
import { t } from '../lib/i18n';
import { siteName } from '../lib/sites';
import { truncate } from '../lib/text';

export interface PromptListProps {
  readonly prompts: readonly PromptRecord[];
  readonly search: string;
  readonly now: number;
  readonly locale: string;
  readonly selectedId?: string;
  readonly onSearch: (search: string) => void;
  readonly onSelect: (prompt: PromptRecord) => void;
  readonly onCopy: (prompt: PromptRecord) => void;
  readonly onDelete: (prompt: PromptRecord) => void;
  /** Characters of each prompt shown; the whole text is in its tooltip. */
  readonly previewChars?: number;
}

/** Saved prompts, newest first, with a search box and per-prompt actions. */
export function PromptList(props: PromptListProps) {
  const { prompts, previewChars = 140 } = props;
  return (
    <section class="library" aria-labelledby="library-heading">
      <div class="library-head">
        <h2 id="library-heading">{t('savedPrompts')}</h2>
        <input
          type="search"
          class="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          value={props.search}
          onInput={(event) => props.onSearch(event.currentTarget.value)}
        />
      </div>
      {prompts.length === 0 ? (
        <p class="empty">{props.search ? t('noMatches') : t('noPrompts')}</p>
      ) : (
        <ul class="prompts">
          {prompts.map((prompt) => (
            <li class="prompt" data-id={prompt.id} aria-current={prompt.id === props.selectedId ? 'true' : undefined}>
              <p class="prompt-text" title={truncate(prompt.text, 2000)}>
                {truncate(prompt.text, previewChars)}
              </p>
              <p class="prompt-meta">
                {siteName(prompt.site)} · {relativeTime(prompt.updatedAt, props.now, props.locale)} ·{' '}
                <span data-status={prompt.status}>{t(`status_${prompt.status}`)}</span>
              </p>
              <div class="prompt-actions">
                <button type="button" onClick={() => props.onSelect(prompt)}>
                  {t('sendEllipsis')}
                </button>
                <button type="button" onClick={() => props.onCopy(prompt)}>
                  {t('copy')}
                </button>
                <button type="button" class="danger" onClick={() => props.onDelete(prompt)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
