import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { PromptRecord } from '../lib/model';

export interface PromptEditorProps {
  readonly prompt: PromptRecord;
  readonly onSave: (edit: { text: string; tags: string[] }) => void;
  readonly onCancel: () => void;
}

/** A prompt's text and tags, as the person edits them; tags are typed comma-separated. */
export function PromptEditor({ prompt, onSave, onCancel }: PromptEditorProps) {
  const [text, setText] = useState(prompt.text);
  const [tags, setTags] = useState((prompt.tags ?? []).join(', '));
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <form
      class="editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSave({ text, tags: tags.split(',') });
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <label class="field">
        <span>{t('editText')}</span>
        <textarea name="text" rows={6} value={text} onInput={(event) => setText(event.currentTarget.value)} ref={area} />
      </label>
      <label class="field">
        <span>{t('editTags')}</span>
        <input type="text" name="tags" value={tags} placeholder={t('editTagsHint')} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      <div class="editor-actions">
        <button type="submit" disabled={!text.trim()}>
          {t('save')}
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
