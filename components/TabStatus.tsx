import { t } from '../lib/i18n';
import { siteName } from '../lib/sites';
import type { TabView } from '../lib/tabs/view';

/** The state of the tab the popup was opened on, in one line and, on trouble, what was seen. */
export function TabStatus({ view }: { readonly view: TabView }) {
  if (view.kind === 'not-chatbot') {
    return (
      <section class="status" data-state="none" aria-live="polite">
        <p class="status-line">{t('tabNotChatbot')}</p>
      </section>
    );
  }
  const name = siteName(view.site);
  if (view.kind === 'unreported') {
    return (
      <section class="status" data-state="unknown" aria-live="polite">
        <p class="status-line">{t('tabUnreported', name)}</p>
      </section>
    );
  }
  const { health } = view;
  switch (health.status) {
    case 'healthy':
      return (
        <section class="status" data-state="healthy" aria-live="polite">
          <p class="status-line">{t(health.answering ? 'tabAnswering' : 'tabHealthy', name)}</p>
        </section>
      );
    case 'failed':
      return (
        <section class="status" data-state="failed" role="alert">
          <p class="status-line">{t('tabFailed', name)}</p>
          <p class="status-detail">“{health.failure.text}”</p>
        </section>
      );
    case 'blind':
      return (
        <section class="status" data-state="blind" aria-live="polite">
          <p class="status-line">{t('tabBlind')}</p>
          <p class="status-detail">{t(health.reason === 'no-composer' ? 'tabBlindNoComposer' : 'tabBlindNoThread', name)}</p>
        </section>
      );
    case 'stalled':
      return (
        <section class="status" data-state="stalled" role="alert">
          <p class="status-line">{t('tabStalled', name)}</p>
          <p class="status-detail">
            {t(health.stall.reason === 'no-reply' ? 'noticeNoReplyBody' : 'noticeStalledBody', health.stall.seconds)}
          </p>
        </section>
      );
  }
}
