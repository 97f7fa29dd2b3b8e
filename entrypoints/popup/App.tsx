import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PromptRecord } from '../../lib/model';
import { browser } from 'wxt/browser';
import { ExportButtons } from '../../components/ExportButtons';
import { PromptCard } from '../../components/PromptCard';
import { PromptList } from '../../components/PromptList';
import { ProviderStrip } from '../../components/ProviderStrip';
import { ResendList } from '../../components/ResendList';
import { PauseButton, PausedStatus } from '../../components/SitePause';
import { TabStatus } from '../../components/TabStatus';
import { UndoBar } from '../../components/UndoBar';
import { alternativesFor } from '../../lib/providers/rank';
import type { ExportFormat } from '../../lib/export/files';
import { t, uiLanguage } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/protocol';
import type { ProviderView } from '../../lib/providers/view';
import type { PendingResend } from '../../lib/retry/resend';
import { alternativeOrder, DEFAULT_SETTINGS, isPaused, loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { siteName } from '../../lib/sites';
import { optionalStatusPatterns } from '../../lib/status/sources';
import type { SiteId } from '../../lib/sites/types';
import { tabView, type TabView } from '../../lib/tabs/view';
import { copyToClipboard } from '../../lib/ui/clipboard';
import { exportPrompts } from '../../lib/ui/download';
import { useBusy } from '../../lib/ui/use-busy';
import { usePromptQuery } from '../../lib/ui/use-prompt-query';

/** Prompts listed in the popup; the options page has the whole library. */
const POPUP_PROMPTS = 30;
/** Send buttons on the card before "More…": the rest of the popup must fit in 600 px. */
const POPUP_TARGETS = 2;

interface ActiveTab {
  readonly id: number | undefined;
  readonly view: TabView;
}

/**
 * The tab the popup reports on: the active one, or, when popup.html is opened as a page with
 * ?tab=<id> (to keep it open, or from tests), that tab.
 */
async function tabOfInterest() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

/**
 * The toolbar popup, in the order a person needs it after a failure: this tab's state, the
 * prompt with its send buttons, every chatbot's status in one strip, the recent prompts, export.
 */
export function App() {
  const [tab, setTab] = useState<ActiveTab>();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [featured, setFeatured] = useState<PromptRecord>();
  const [selected, setSelected] = useState<PromptRecord>();
  const [search, setSearch] = useState('');
  const [includeContext, setIncludeContext] = useState(false);
  const [message, setMessage] = useState<string>();
  const [deleted, setDeleted] = useState<PromptRecord[]>();
  const [busy, whileBusy] = useBusy();
  const [providers, setProviders] = useState<ProviderView[]>([]);
  const [resends, setResends] = useState<PendingResend[]>([]);

  const report = (error: unknown) => setMessage(error instanceof Error ? error.message : String(error));
  const say = (text: string) => {
    setDeleted(undefined);
    setMessage(text);
  };

  useEffect(() => {
    void (async () => {
      // Asked side by side: the first screen waits for the slowest, not for their sum.
      const settled = loadSettings();
      const active = await tabOfInterest();
      const record = active?.id === undefined ? undefined : await sendMessage('tab.get', { tabId: active.id });
      const view = tabView(active?.url, record);
      const loaded = await settled;
      setSettings(loaded);
      setIncludeContext(loaded.includeContext);
      const promptId = view.kind === 'chatbot' ? view.promptId : undefined;
      if (promptId) setFeatured(await sendMessage('prompts.get', { id: promptId }));
      setTab({ id: active?.id, view });
    })().catch(report);
  }, []);

  const [listed, refresh] = usePromptQuery({ search, limit: POPUP_PROMPTS }, (query) => sendMessage('prompts.list', query), report);
  const prompts = listed?.prompts;

  /** What is known at once (a status page asked at most once a minute), then the full answer. */
  const checkProviders = useCallback(() => {
    void sendMessage('providers.list', { force: true, waitMs: 300 })
      .then((quick) => {
        setProviders(quick);
        return sendMessage('providers.list', {});
      })
      .then(setProviders, report);
  }, []);
  const listResends = useCallback(() => void sendMessage('resend.list', {}).then(setResends, report), []);

  const ready = tab !== undefined && prompts !== undefined;
  // Below the first screen: asked once it is shown, so the background answers the first screen first.
  useEffect(() => {
    if (!ready) return;
    checkProviders();
    listResends();
  }, [ready, checkProviders, listResends]);

  const resendWhenBack = async (prompt: PromptRecord) => {
    await sendMessage('resend.schedule', { promptId: prompt.id });
    setMessage(t('resendScheduledBody', siteName(prompt.site), settings.resendOfferMinutes));
    listResends();
  };

  const allowGoogleStatus = async () => {
    if (await browser.permissions.request({ origins: optionalStatusPatterns() })) checkProviders();
  };

  const current = selected ?? featured ?? (search ? undefined : prompts?.[0]);
  const tabSite = tab?.view.kind === 'not-chatbot' ? undefined : tab?.view.site;
  const paused = tabSite !== undefined && isPaused(settings, tabSite);
  const alternatives = alternativesFor(tabSite ?? current?.site, alternativeOrder(settings), providers);
  const troubled = current?.status === 'failed' || current?.status === 'stalled';
  const heading = selected ? t('selectedPrompt') : troubled ? t('failedPrompt') : t('latestPrompt');

  const send = async (prompt: PromptRecord, target: SiteId) => {
    await sendMessage('send.open', { promptId: prompt.id, target, withContext: includeContext, openerTabId: tab?.id });
    window.close();
  };

  const copy = async (prompt: PromptRecord) => say((await copyToClipboard(prompt.text)) ? t('copied') : t('copyFailed'));

  const remove = async (prompt: PromptRecord) => {
    const gone = await sendMessage('prompts.delete', { ids: [prompt.id] });
    if (selected?.id === prompt.id) setSelected(undefined);
    if (featured?.id === prompt.id) setFeatured(undefined);
    setMessage(undefined);
    setDeleted(gone);
    refresh();
  };

  const undo = async (records: readonly PromptRecord[]) => {
    await sendMessage('prompts.restore', { prompts: records });
    say(t('restored'));
    refresh(records.map((record) => record.id));
  };

  const setPaused = async (site: SiteId, pause: boolean) => {
    const pausedSites = pause ? [...settings.pausedSites, site] : settings.pausedSites.filter((id) => id !== site);
    setSettings(await saveSettings({ pausedSites }));
    say(pause ? t('pausedNow', siteName(site)) : t('resumedNow', siteName(site)));
  };

  const exportAs = (format: ExportFormat) => whileBusy(async () => say(t('exported', await exportPrompts(format))));

  return (
    <main class="popup">
      <header class="bar">
        <h1>Detour</h1>
        <div class="header-actions">
          {tabSite && !paused && <PauseButton site={tabSite} onChange={(pause) => void setPaused(tabSite, pause).catch(report)} />}
          <button type="button" class="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openLibrary')}
          </button>
        </div>
      </header>
      {!tab ? (
        <p class="status-line">{t('loading')}</p>
      ) : tabSite && paused ? (
        <PausedStatus site={tabSite} onChange={(pause) => void setPaused(tabSite, pause).catch(report)} />
      ) : (
        <TabStatus view={tab.view} />
      )}
      {ready && current && (
        <PromptCard
          prompt={current}
          heading={heading}
          alternatives={alternatives}
          shownTargets={POPUP_TARGETS}
          quoteFailure={!(current.id === featured?.id && tab?.view.kind === 'chatbot' && tab.view.health.status === 'failed')}
          autoFocus={troubled && !selected}
          now={Date.now()}
          locale={uiLanguage()}
          includeContext={includeContext}
          onIncludeContextChange={setIncludeContext}
          onSend={(target) => void send(current, target).catch(report)}
          onCopy={() => void copy(current)}
          onResend={() => void resendWhenBack(current).catch(report)}
        />
      )}
      <ResendList
        pending={resends}
        now={Date.now()}
        locale={uiLanguage()}
        onCancel={(entry) => void sendMessage('resend.cancel', { promptId: entry.promptId }).then(listResends, report)}
      />
      {providers.length > 0 && (
        <ProviderStrip
          providers={providers}
          now={Date.now()}
          locale={uiLanguage()}
          onAllow={() => void allowGoogleStatus().catch(report)}
        />
      )}
      {ready && (
        <PromptList
          prompts={prompts}
          search={search}
          now={Date.now()}
          locale={uiLanguage()}
          selectedId={selected?.id}
          autoFocus={!(current && troubled)}
          onSearch={setSearch}
          onSelect={(prompt) => {
            setSelected(prompt);
            say(t('chooseTarget', siteName(prompt.site)));
          }}
          onCopy={(prompt) => void copy(prompt)}
          onDelete={(prompt) => void remove(prompt).catch(report)}
        />
      )}
      <footer class="bar">
        <ExportButtons busy={busy} onExport={(format) => void exportAs(format).catch(report)} />
      </footer>
      {deleted && deleted.length > 0 ? (
        <UndoBar message={t('deleted')} onUndo={() => void undo(deleted).catch(report)} />
      ) : (
        <p class="message" role="status" aria-live="polite">
          {message}
        </p>
      )}
    </main>
  );
}
