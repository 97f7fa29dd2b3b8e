import { t } from '../lib/i18n';
import type { PromptRecord } from '../lib/model';
import { siteName } from '../lib/sites';
import { truncate } from '../lib/text';
import { relativeTime } from '../lib/ui/relative-time';
import { PromptEditor } from './PromptEditor';

export interface LibraryRowProps {
  readonly prompt: PromptRecord;
  readonly now: number;
  readonly locale: string;
  readonly checked: boolean;
  readonly current: boolean;
  readonly editing: boolean;
  readonly onCheck: (checked: boolean) => void;
  readonly onPin: (pinned: boolean) => void;
  readonly onTag: (tag: string) => void;
  readonly onSelect: () => void;
  readonly onCopy: () => void;
  readonly onEdit: () => void;
  readonly onSave: (edit: { text: string; tags: string[] }) => void;
  readonly onCancel: () => void;
  readonly onDelete: () => void;
}

/** Characters of a prompt shown in the library; the whole text is in its tooltip and the editor. */
const PREVIEW_CHARS = 400;

/** One prompt in the library: a checkbox for bulk actions, its pin, text, tags and actions. */
export function LibraryRow(props: LibraryRowProps) {
  const { prompt } = props;
  const preview = truncate(prompt.text, 60);
  return (
    <li class="prompt" data-id={prompt.id} data-pinned={prompt.pinned ? 'true' : undefined} aria-current={props.current ? 'true' : undefined}>
      <div class="prompt-head">
        <input
          type="checkbox"
          class="select"
          checked={props.checked}
          aria-label={t('selectPrompt', preview)}
          onChange={(event) => props.onCheck(event.currentTarget.checked)}
        />
        <button
          type="button"
          class="pin"
          aria-pressed={prompt.pinned === true}
          aria-label={t(prompt.pinned ? 'unpinPrompt' : 'pinPrompt', preview)}
          title={t(prompt.pinned ? 'unpin' : 'pin')}
          onClick={() => props.onPin(!prompt.pinned)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M8 1.5l1.9 4 4.4.5-3.3 3 .9 4.4L8 11.2 4.1 13.4 5 9l-3.3-3 4.4-.5z" />
          </svg>
        </button>
        {props.editing ? null : (
          <p class="prompt-text" title={truncate(prompt.text, 2000)}>
            {truncate(prompt.text, PREVIEW_CHARS)}
          </p>
        )}
      </div>
      {props.editing ? (
        <PromptEditor prompt={prompt} onSave={props.onSave} onCancel={props.onCancel} />
      ) : (
        <>
          {prompt.tags && prompt.tags.length > 0 && (
            <ul class="tags" aria-label={t('tagsLabel')}>
              {prompt.tags.map((tag) => (
                <li>
                  <button type="button" class="tag" title={t('filterByTag', tag)} onClick={() => props.onTag(tag)}>
                    {tag}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="prompt-row">
            <p class="prompt-meta">
              {siteName(prompt.site)} · {relativeTime(prompt.updatedAt, props.now, props.locale)} ·{' '}
              <span data-status={prompt.status}>{t(`status_${prompt.status}`)}</span>
            </p>
            <div class="prompt-actions">
              <button type="button" onClick={props.onSelect}>
                {t('sendEllipsis')}
              </button>
              <button type="button" onClick={props.onCopy}>
                {t('copy')}
              </button>
              <button type="button" onClick={props.onEdit}>
                {t('edit')}
              </button>
              <button type="button" class="danger" onClick={props.onDelete}>
                {t('delete')}
              </button>
            </div>
          </div>
        </>
      )}
    </li>
  );
}
