import { plural, t } from '../lib/i18n';
import type { PromptRecord } from '../lib/model';
import { gridKeys } from '../lib/ui/arrow-keys';
import { LibraryRow, type LibraryRowProps } from './LibraryRow';
import { SearchBox } from './SearchBox';

export interface LibraryListProps {
  readonly prompts: readonly PromptRecord[];
  readonly search: string;
  readonly tag: string | undefined;
  readonly tags: readonly { readonly tag: string; readonly count: number }[];
  readonly checked: ReadonlySet<string>;
  readonly currentId: string | undefined;
  readonly editingId: string | undefined;
  /**
   * The rows are a window of a longer list (lib/ui/virtual-window.ts): the space the rows above
   * and below it take, in pixels, and where the list's rows go (for measuring the window).
   */
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  readonly rowsRef?: (element: HTMLElement | null) => void;
  readonly now: number;
  readonly locale: string;
  readonly onSearch: (search: string) => void;
  readonly onTag: (tag: string | undefined) => void;
  readonly onCheckAll: (checked: boolean) => void;
  readonly onDeleteChecked: () => void;
  /** What a row does, by prompt. */
  readonly row: (prompt: PromptRecord) => Omit<LibraryRowProps, 'prompt' | 'now' | 'locale' | 'checked' | 'current' | 'editing' | 'onTag'>;
}

/**
 * The whole library: search, a tag to narrow to, a checkbox per prompt for deleting several at
 * once, pinned prompts first; only the rows near the viewport are drawn.
 */
export function LibraryList(props: LibraryListProps) {
  const { prompts, checked } = props;
  const allChecked = prompts.length > 0 && prompts.every((prompt) => checked.has(prompt.id));
  return (
    <section class="library" aria-labelledby="library-heading">
      <div class="library-head">
        <h2 id="library-heading">{t('savedPrompts')}</h2>
        <SearchBox value={props.search} onSearch={props.onSearch} />
        <select
          class="tag-filter"
          aria-label={t('tagFilter')}
          value={props.tag ?? ''}
          onChange={(event) => props.onTag(event.currentTarget.value || undefined)}
        >
          <option value="">{t('allTags')}</option>
          {props.tags.map(({ tag, count }) => (
            <option value={tag}>{t('tagWithCount', tag, count)}</option>
          ))}
        </select>
      </div>
      <div class="bulk">
        <label class="check">
          <input type="checkbox" name="checkAll" checked={allChecked} disabled={prompts.length === 0} onChange={(event) => props.onCheckAll(event.currentTarget.checked)} />
          {t('selectAll')}
        </label>
        <button type="button" class="danger" name="deleteChecked" disabled={checked.size === 0} onClick={props.onDeleteChecked}>
          {plural('deleteChecked', checked.size)}
        </button>
      </div>
      <div ref={props.rowsRef} style={{ paddingTop: `${props.spaceBefore ?? 0}px`, paddingBottom: `${props.spaceAfter ?? 0}px` }}>
        {prompts.length === 0 ? (
          <p class="empty">{props.search || props.tag ? t('noMatches') : t('noPrompts')}</p>
        ) : (
          <ul class="prompts" onKeyDown={(event) => gridKeys(event, '.prompt', 'input[type="checkbox"], button')}>
            {prompts.map((prompt) => (
              <LibraryRow
                key={prompt.id}
                prompt={prompt}
                now={props.now}
                locale={props.locale}
                checked={checked.has(prompt.id)}
                current={prompt.id === props.currentId}
                editing={prompt.id === props.editingId}
                onTag={props.onTag}
                {...props.row(prompt)}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
