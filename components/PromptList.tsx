import { relativeTime } from '../lib/ui/relative-time';
import type { PromptRecord } from '../lib/model';
import { t } from '../lib/i18n';
import { siteName } from '../lib/sites';
import { truncate } from '../lib/text';
import { gridKeys } from '../lib/ui/arrow-keys';
import { SearchBox } from './SearchBox';

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
  /** The search box takes the focus: typing finds a prompt at once. */
  readonly autoFocus?: boolean;
}

/**
 * The recent prompts, newest first, one line each with its actions, and a search box: the
 * popup's short list (the library on the options page has the rest). Up and down arrows move
 * between prompts, left and right between a prompt's buttons.
 */
export function PromptList(props: PromptListProps) {
  const { prompts } = props;
  return (
    <section class="library" aria-labelledby="library-heading">
      <div class="library-head">
        <h2 id="library-heading">{t('savedPrompts')}</h2>
        <SearchBox value={props.search} onSearch={props.onSearch} autoFocus={props.autoFocus} />
      </div>
      {prompts.length === 0 ? (
        <p class="empty">{props.search ? t('noMatches') : t('noPrompts')}</p>
      ) : (
        <ul class="prompts" onKeyDown={(event) => gridKeys(event, '.prompt', 'button')}>
          {prompts.map((prompt) => (
            <li class="prompt" data-id={prompt.id} aria-current={prompt.id === props.selectedId ? 'true' : undefined}>
              <div class="prompt-row">
                <p class="prompt-text" title={truncate(prompt.text, 2000)}>
                  {truncate(prompt.text, 200)}
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
              </div>
              <p class="prompt-meta">
                {siteName(prompt.site)} · {relativeTime(prompt.updatedAt, props.now, props.locale)} ·{' '}
                <span data-status={prompt.status}>{t(`status_${prompt.status}`)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
