import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { PromptRecord } from '../../lib/model';
import { browser } from 'wxt/browser';
import { ExportButtons } from '../../components/ExportButtons';
import { ImportBox } from '../../components/ImportBox';
import { ImportReview } from '../../components/ImportReview';
import { LibraryList } from '../../components/LibraryList';
import { PromptCard } from '../../components/PromptCard';
import { SettingsForm } from '../../components/SettingsForm';
import { type Shortcut, ShortcutList } from '../../components/ShortcutList';
import { UndoBar } from '../../components/UndoBar';
import { mergePrompts } from '../../lib/db/prompts';
import { withDb } from '../../lib/db/schema';
import type { ExportFormat } from '../../lib/export/files';
import { plural, t, uiLanguage } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/protocol';
import { alternativesFor } from '../../lib/providers/rank';
import type { ProviderView } from '../../lib/providers/view';
import { alternativeOrder, DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { copyToClipboard } from '../../lib/ui/clipboard';
import { exportPrompts } from '../../lib/ui/download';
import { importFailedSentence, type ImportPlan, readImportFile } from '../../lib/ui/import-file';
import { loadShortcuts, shortcutSettingsOpener } from '../../lib/ui/shortcuts';
import { useBusy } from '../../lib/ui/use-busy';
import { type PromptQuery, usePromptQuery } from '../../lib/ui/use-prompt-query';
import { useScrollWindow } from '../../lib/ui/virtual-window';

/** A row's height before one is measured (a prompt's two lines, its tags and buttons). */
const ROW_ESTIMATE = 110;

/** Detour's own page: the whole prompt library, export and import, and the settings. */
export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tags, setTags] = useState<{ tag: string; count: number }[]>([]);
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState<string>();
  const [rows, setRows] = useState<HTMLElement | null>(null);
  const [rowHeight, setRowHeight] = useState(ROW_ESTIMATE);
  const [total, setTotal] = useState<number>();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [deleted, setDeleted] = useState<PromptRecord[]>();
  /** A file read and checked, with problems to show: refused, or waiting for the person's choice. */
  const [review, setReview] = useState<Exclude<ImportPlan, { kind: 'import' }>>();
  const [busy, whileBusy] = useBusy();
  const [selected, setSelected] = useState<PromptRecord>();
  const [includeContext, setIncludeContext] = useState(false);
  const [providers, setProviders] = useState<ProviderView[]>([]);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);

  const report = (error: unknown) => setMessage(error instanceof Error ? error.message : String(error));
  const say = (text: string) => {
    setDeleted(undefined);
    setMessage(text);
  };

  useEffect(() => {
    loadSettings().then((loaded) => {
      setSettings(loaded);
      setIncludeContext(loaded.includeContext);
    }, report);
    loadShortcuts().then(setShortcuts, report);
  }, []);

  const view = useScrollWindow(rows, rowHeight, total);
  const firstScreen = ({ offset: _, ...query }: PromptQuery) => sendMessage('prompts.list', query);
  const [answer, reread] = usePromptQuery({ search, tag, pinnedFirst: true, offset: view.offset, limit: view.count }, firstScreen, report);
  const prompts = answer?.prompts ?? [];
  useEffect(() => setTotal(answer?.total), [answer?.total]);
  // The rows' average height, measured once there are enough of them to tell.
  useLayoutEffect(() => {
    const list = rows?.querySelector('ul');
    if (list && rowHeight === ROW_ESTIMATE && prompts.length >= 10) setRowHeight(Math.max(20, list.offsetHeight / prompts.length));
  }, [rows, rowHeight, prompts.length]);
  const listTags = () => void sendMessage('prompts.tags', {}).then(setTags, report);
  useEffect(listTags, []);
  const refresh = (changed?: readonly string[]) => {
    reread(changed);
    listTags();
  };

  // Asked again for each prompt selected: this page may stay open for hours, and the cache keeps
  // the status pages from being asked more than they should.
  const selectedId = selected?.id;
  useEffect(() => {
    if (selectedId) sendMessage('providers.list', {}).then(setProviders, report);
  }, [selectedId]);

  const change = (changes: Partial<Settings>) => {
    saveSettings(changes).then((saved) => {
      setSettings(saved);
      say(t('settingsSaved'));
    }, report);
  };

  const edit = async (prompt: PromptRecord, changes: { text?: string; tags?: string[]; pinned?: boolean }) => {
    await sendMessage('prompts.edit', { id: prompt.id, edit: changes });
    if (changes.text !== undefined) setEditingId(undefined);
    say(changes.pinned === undefined ? t('promptSaved') : changes.pinned ? t('pinned') : t('unpinned'));
    refresh();
  };

  const remove = async (ids: readonly string[]) => {
    const gone = await sendMessage('prompts.delete', { ids });
    if (selected && ids.includes(selected.id)) setSelected(undefined);
    setChecked(new Set());
    setMessage(undefined);
    setDeleted(gone);
    refresh();
  };

  const undo = async (records: readonly PromptRecord[]) => {
    const { restored } = await sendMessage('prompts.restore', { prompts: records });
    say(plural('restoredCount', restored));
    refresh(records.map((record) => record.id));
  };

  const copy = (prompt: PromptRecord) => void copyToClipboard(prompt.text).then((ok) => say(ok ? t('copied') : t('copyFailed')));

  const exportAs = (format: ExportFormat) => whileBusy(async () => say(t('exported', await exportPrompts(format))));

  /** Writes the prompts, all or none, and says which. */
  const write = async (records: ImportPlan & { kind: 'import' | 'ask' }) => {
    try {
      const result = await withDb((db) => mergePrompts(db, records.prompts));
      say(t('imported', result.added, result.updated, result.unchanged));
      refresh(records.prompts.map((record) => record.id));
    } catch (error) {
      say(importFailedSentence(error));
    }
  };

  const importFile = (file: File) =>
    whileBusy(async () => {
      setReview(undefined);
      say(t('importing', file.name));
      const plan = await readImportFile(file);
      if (plan.kind === 'import') return write(plan);
      say(plan.kind === 'refused' ? plan.sentence : '');
      setReview(plan);
    });

  const decide = (importGood: boolean) =>
    whileBusy(async () => {
      const plan = review;
      setReview(undefined);
      if (importGood && plan?.kind === 'ask') await write(plan);
      else say(t('importCancelled'));
    });

  const below = total === undefined ? 0 : Math.max(0, total - view.offset - prompts.length);
  const openShortcuts = shortcutSettingsOpener();

  return (
    <main class="page">
      <header class="bar">
        <h1>Detour</h1>
        <nav class="links" aria-label={t('pageLinks')}>
          <a href="/welcome.html">{t('welcomeLink')}</a>
          <a href="/privacy.html">{t('privacyLink')}</a>
        </nav>
        <p class="tagline">{t('extDescription')}</p>
      </header>
      {deleted && deleted.length > 0 ? (
        <UndoBar message={plural('deletedCount', deleted.length)} onUndo={() => void undo(deleted).catch(report)} />
      ) : (
        <p class="message" role="status" aria-live="polite">
          {message}
        </p>
      )}
      {review && review.problems.length > 0 && (
        <ImportReview
          problems={review.problems}
          {...(review.kind === 'ask' && { good: review.prompts.length, skipped: review.skipped })}
          busy={busy}
          onImport={() => void decide(true).catch(report)}
          onCancel={() => void decide(false).catch(report)}
        />
      )}
      <section class="tools" aria-label={t('dataLabel')}>
        <ExportButtons busy={busy} onExport={(format) => void exportAs(format).catch(report)} />
        <ImportBox busy={busy} onFile={(file) => void importFile(file).catch(report)} />
      </section>
      {selected && (
        <PromptCard
          prompt={selected}
          heading={t('selectedPrompt')}
          alternatives={alternativesFor(selected.site, alternativeOrder(settings), providers)}
          now={Date.now()}
          locale={uiLanguage()}
          includeContext={includeContext}
          onIncludeContextChange={setIncludeContext}
          onSend={(target) =>
            void sendMessage('send.open', { promptId: selected.id, target, withContext: includeContext }).catch(report)
          }
          onCopy={() => copy(selected)}
        />
      )}
      <LibraryList
        prompts={prompts}
        search={search}
        tag={tag}
        tags={tags}
        checked={checked}
        currentId={selected?.id}
        editingId={editingId}
        spaceBefore={total === undefined ? 0 : view.offset * rowHeight}
        spaceAfter={below * rowHeight}
        rowsRef={setRows}
        now={Date.now()}
        locale={uiLanguage()}
        onSearch={setSearch}
        onTag={setTag}
        onCheckAll={(all) => setChecked(new Set(all ? prompts.map((prompt) => prompt.id) : []))}
        onDeleteChecked={() => void remove([...checked]).catch(report)}
        row={(prompt) => ({
          onCheck: (on) => setChecked((now) => new Set(on ? [...now, prompt.id] : [...now].filter((id) => id !== prompt.id))),
          onPin: (pinned) => void edit(prompt, { pinned }).catch(report),
          onSelect: () => setSelected(prompt),
          onCopy: () => copy(prompt),
          onEdit: () => setEditingId(prompt.id),
          onSave: (changes) => void edit(prompt, changes).catch(report),
          onCancel: () => setEditingId(undefined),
          onDelete: () => void remove([prompt.id]).catch(report),
        })}
      />
      <h2>{t('settingsHeading')}</h2>
      <SettingsForm settings={settings} onChange={change} />
      <section class="shortcuts-section" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
        <ShortcutList shortcuts={shortcuts} onChange={openShortcuts} />
      </section>
    </main>
  );
}
