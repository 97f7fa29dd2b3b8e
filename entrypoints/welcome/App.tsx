import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AlternativesPicker } from '../../components/AlternativesPicker';
import { PinPicture } from '../../components/PinPicture';
import { type Shortcut, ShortcutList } from '../../components/ShortcutList';
import { t } from '../../lib/i18n';
import { changesSince } from '../../lib/onboarding/whats-new';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../lib/settings';
import type { SiteId } from '../../lib/sites/types';
import { loadShortcuts, shortcutSettingsOpener } from '../../lib/ui/shortcuts';

/** Chrome says whether the button is pinned (Chrome 91+); Firefox puts it on the toolbar itself. */
type PinState = 'pinned' | 'unpinned' | 'not-asked';

async function pinState(): Promise<PinState> {
  const action = browser.action as (typeof browser.action & { getUserSettings?: () => Promise<{ isOnToolbar?: boolean }> }) | undefined;
  if (!action?.getUserSettings) return 'not-asked';
  return (await action.getUserSettings()).isOnToolbar ? 'pinned' : 'unpinned';
}

/** What is new since the version Detour was updated from (welcome.html?updated=0.1.0). */
function WhatsNew({ since }: { readonly since: string }) {
  const versions = changesSince(since, browser.runtime.getManifest().version);
  return (
    <section class="whats-new" aria-labelledby="whats-new-heading">
      {versions.map(({ version, changes }) => (
        <>
          <h2 id="whats-new-heading">{t('whatsNewHeading', version)}</h2>
          <ul>
            {changes.map((key) => (
              <li>{t(key)}</li>
            ))}
          </ul>
        </>
      ))}
      <p>
        <a href="/welcome.html">{t('welcomeAgain')}</a>
      </p>
    </section>
  );
}

/** The first page a person sees: what Detour does, pinning its button, their chatbots, a demonstration. */
export function App() {
  const updated = new URLSearchParams(location.search).get('updated');
  const [order, setOrder] = useState<readonly SiteId[]>(DEFAULT_SETTINGS.preferredOrder);
  const [chosen, setChosen] = useState<ReadonlySet<SiteId>>(new Set());
  const [pinned, setPinned] = useState<PinState>('not-asked');
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [message, setMessage] = useState<string>();
  const report = (error: unknown) => setMessage(error instanceof Error ? error.message : String(error));

  useEffect(() => {
    loadSettings().then((settings) => setOrder(settings.preferredOrder), report);
    loadShortcuts().then(setShortcuts, report);
    // Pinning happens in the browser's own menu: look again when the person comes back to the page.
    const look = () => void pinState().then(setPinned, report);
    look();
    window.addEventListener('focus', look);
    return () => window.removeEventListener('focus', look);
  }, []);

  const choose = (next: readonly SiteId[], nextChosen: ReadonlySet<SiteId>) => {
    setOrder(next);
    setChosen(nextChosen);
    saveSettings({ preferredOrder: [...next] }).then(() => setMessage(t('orderSaved')), report);
  };

  const demo = () => void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });

  return (
    <main class="page welcome">
      <header class="bar">
        <img src="/icon/48.png" width="32" height="32" alt="" />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      {updated ? (
        <WhatsNew since={updated} />
      ) : (
        <>
          <section class="intro" aria-label={t('welcomeWhat')}>
            <ol class="three">
              <li>{t('welcomeLineSave')}</li>
              <li>{t('welcomeLineNotice')}</li>
              <li>{t('welcomeLineSend')}</li>
            </ol>
          </section>
          {pinned !== 'not-asked' && (
            <section class="pin" aria-labelledby="pin-heading">
              <h2 id="pin-heading">{t('pinHeading')}</h2>
              <PinPicture />
              <ol>
                <li>{t('pinStepPuzzle')}</li>
                <li>{t('pinStepPin')}</li>
              </ol>
              <p class="pin-state" data-state={pinned} role="status">
                {pinned === 'pinned' ? t('pinDone') : t('pinNotYet')}
              </p>
            </section>
          )}
          <section class="choose" aria-labelledby="choose-heading">
            <h2 id="choose-heading">{t('chooseHeading')}</h2>
            <p>{t('chooseIntro')}</p>
            <AlternativesPicker order={order} chosen={chosen} onChange={choose} />
          </section>
          <section class="see" aria-labelledby="see-heading">
            <h2 id="see-heading">{t('seeHeading')}</h2>
            <p>{t('seeIntro')}</p>
            <button type="button" class="primary" onClick={demo}>
              {t('seeButton')}
            </button>
          </section>
          <section aria-labelledby="shortcuts-heading">
            <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
            <ShortcutList shortcuts={shortcuts} onChange={shortcutSettingsOpener()} />
          </section>
        </>
      )}
      <p class="message" role="status" aria-live="polite">
        {message}
      </p>
      <footer class="links">
        <button type="button" class="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openLibrary')}
        </button>
        <a href="/privacy.html">{t('privacyLink')}</a>
      </footer>
    </main>
  );
}
