import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PromptRecord } from '../../lib/model';
import { browser } from 'wxt/browser';
import { ExportButtons } from '../../components/ExportButtons';
import { ImportBox } from '../../components/ImportBox';
import { ImportReview } from '../../components/ImportReview';
import { PromptCard } from '../../components/PromptCard';
import { PromptList } from '../../components/PromptList';
import { SettingsForm } from '../../components/SettingsForm';
import { mergePrompts } from '../../lib/db/prompts';
import { withDb } from '../../lib/db/schema';
import type { ExportFormat } from '../../lib/export/files';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/protocol';
import { alternativesFor } from '../../lib/providers/rank';
import type { ProviderView } from '../../lib/providers/view';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { copyToClipboard } from '../../lib/ui/clipboard';
import { exportPrompts } from '../../lib/ui/download';
import { importFailedSentence, type ImportPlan, readImportFile } from '../../lib/ui/import-file';
import { useBusy } from '../../lib/ui/use-busy';

/** Detour's own page: the whole prompt library, export and import, and the settings. */
export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [prompts, setPrompts] = useState<PromptRecord[]>([]);
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState<string>();
  /** A file read and checked, with problems to show: refused, or waiting for the person's choice. */
  const [review, setReview] = useState<Exclude<ImportPlan, { kind: 'import' }>>();
  const [busy, whileBusy] = useBusy();
  const [selected, setSelected] = useState<PromptRecord>();
  const [includeContext, setIncludeContext] = useState(false);
  const [providers, setProviders] = useState<ProviderView[]>([]);

  const report = (error: unknown) => setMessage(error instanceof Error ? error.message : String(error));

  useEffect(() => {
    loadSettings().then((loaded) => {
      setSettings(loaded);
      setIncludeContext(loaded.includeContext);
    }, report);
  }, []);

  const refresh = useCallback(() => {
    sendMessage('prompts.list', { search }).then(setPrompts, report);
  }, [search]);
  useEffect(refresh, [refresh]);

  // Asked again for each prompt selected: this page may stay open for hours, and the cache keeps
  // the status pages from being asked more than they should.
  const selectedId = selected?.id;
  useEffect(() => {
    if (selectedId) sendMessage('providers.list', {}).then(setProviders, report);
  }, [selectedId]);

  const change = (changes: Partial<Settings>) => {
    saveSettings(changes).then((saved) => {
      setSettings(saved);
      setMessage(t('settingsSaved'));
    }, report);
  };

  const exportAs = (format: ExportFormat) =>
    whileBusy(async () => setMessage(t('exported', await exportPrompts(format))));

  /** Writes the prompts, all or none, and says which. */
  const write = async (records: ImportPlan & { kind: 'import' | 'ask' }) => {
    try {
      const result = await withDb((db) => mergePrompts(db, records.prompts));
      setMessage(t('imported', result.added, result.updated, result.unchanged));
      refresh();
    } catch (error) {
      setMessage(importFailedSentence(error));
    }
  };

  const importFile = (file: File) =>
    whileBusy(async () => {
      setReview(undefined);
      setMessage(t('importing', file.name));
      const plan = await readImportFile(file);
      if (plan.kind === 'import') return write(plan);
      setMessage(plan.kind === 'refused' ? plan.sentence : undefined);
      setReview(plan);
    });

  const decide = (importGood: boolean) =>
    whileBusy(async () => {
      const plan = review;
      setReview(undefined);
      if (importGood && plan?.kind === 'ask') await write(plan);
      else setMessage(t('importCancelled'));
    });

  return (
    <main class="page">
      <header class="bar">
        <h1>Detour</h1>
        <p class="tagline">{t('extDescription')}</p>
      </header>
      <p class="message" role="status" aria-live="polite">
        {message}
      </p>
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
          alternatives={alternativesFor(selected.site, settings.preferredOrder, providers)}
          now={Date.now()}
          locale={browser.i18n.getUILanguage()}
          includeContext={includeContext}
          onIncludeContextChange={setIncludeContext}
          onSend={(target) =>
            void sendMessage('send.open', { promptId: selected.id, target, withContext: includeContext }).catch(report)
          }
          onCopy={() => void copyToClipboard(selected.text).then((ok) => setMessage(ok ? t('copied') : t('copyFailed')))}
        />
      )}
      <PromptList
        prompts={prompts}
        search={search}
        now={Date.now()}
        locale={browser.i18n.getUILanguage()}
        previewChars={400}
        onSearch={setSearch}
        selectedId={selected?.id}
        onSelect={setSelected}
        onCopy={(prompt) => void copyToClipboard(prompt.text).then((ok) => setMessage(ok ? t('copied') : t('copyFailed')))}
        onDelete={(prompt) =>
          void sendMessage('prompts.delete', { id: prompt.id }).then(() => {
            if (selected?.id === prompt.id) setSelected(undefined);
            setMessage(t('deleted'));
            refresh();
          }, report)
        }
      />
      <h2>{t('settingsHeading')}</h2>
      <SettingsForm settings={settings} onChange={change} />
    </main>
  );
}
