import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { plural, t, uiLanguage } from '../../lib/i18n';
import { PageNotice } from '../../lib/notice/notice';
import { healthNotice } from '../../lib/notice/wording';
import { rankAlternatives } from '../../lib/providers/rank';
import { alternativeOrder, loadSettings } from '../../lib/settings';
import { siteName } from '../../lib/sites';
import { BADGE_COLORS, showBadge } from '../../lib/tabs/badge';

/** How long the badge shows `!` on this tab: long enough to look up at the toolbar. */
const BADGE_SECONDS = 6;
/** The background clears a tab's badge as its page starts loading: show ours after that. */
const BADGE_DELAY_MS = 400;

/**
 * "See it work": a page of Detour's own, dressed as a chat whose reply failed, showing the very
 * notice the chatbots' pages get and the `!` on this tab's button for a few seconds. Nothing
 * here reaches a chatbot: its buttons only say what they would do.
 */
export function App() {
  const notice = useRef<PageNotice>();
  const [seconds, setSeconds] = useState(0);
  const [said, setSaid] = useState<string>();

  const show = async () => {
    const tab = await browser.tabs.getCurrent();
    const alternatives = rankAlternatives(undefined, alternativeOrder(await loadSettings()));
    const wording = healthNotice(
      { status: 'failed', failure: { kind: 'error', place: 'turn', text: t('demoFailure') } },
      { site: 'chatgpt', promptId: 'demo', alternatives, now: Date.now(), locale: uiLanguage() },
    )!;
    notice.current ??= new PageNotice(document);
    notice.current.show({
      ...wording,
      title: t('demoNoticeTitle'),
      // The chatbots only: "send here again" has no example chatbot to wait for.
      actions: wording.actions.flatMap(({ target, ...button }) =>
        target === 'resend' || target === 'copy' ? [] : [{ ...button, onSelect: () => setSaid(t('demoWouldSend', siteName(target))) }],
      ),
    });
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    setTimeout(() => void showBadge(tabId, { text: '!', color: BADGE_COLORS.failed, title: t('demoBadgeTitle') }), BADGE_DELAY_MS);
    setSeconds(BADGE_SECONDS);
  };

  useEffect(() => void show(), []);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(async () => {
      setSeconds(seconds - 1);
      const tab = seconds === 1 ? await browser.tabs.getCurrent() : undefined;
      if (tab?.id !== undefined) await showBadge(tab.id, { text: '', color: BADGE_COLORS.none, title: t('extName') });
    }, 1000);
    return () => clearTimeout(timer);
  }, [seconds]);

  return (
    <main class="page demo">
      <header class="bar">
        <h1>{t('demoTitle')}</h1>
        <p class="tagline">{t('demoIntro')}</p>
      </header>
      <section class="demo-chat" aria-label={t('demoChatLabel')}>
        <p class="demo-turn demo-user">{t('demoPrompt')}</p>
        <p class="demo-turn demo-error" role="note">
          {t('demoFailure')}
        </p>
        <p class="demo-composer" aria-hidden="true">
          {t('demoComposer')}
        </p>
      </section>
      <p class="demo-badge" role="status" aria-live="polite">
        {seconds > 0 ? plural('demoBadgeOn', seconds) : t('demoBadgeOff')}
      </p>
      <p class="message" role="status" aria-live="polite">
        {said}
      </p>
      <button type="button" class="primary" onClick={() => void show()}>
        {t('demoAgain')}
      </button>
    </main>
  );
}
