import { relativeTime } from '../lib/ui/relative-time';
import { type MessageKey, t } from '../lib/i18n';
import type { ProviderView } from '../lib/providers/view';
import { siteName } from '../lib/sites';
import type { UnknownReason } from '../lib/status/types';

/** Why a status is unknown, in words (message keys allow no hyphen). */
const REASONS: Record<UnknownReason, MessageKey> = {
  timeout: 'unknownReason_timeout',
  network: 'unknownReason_network',
  'http-status': 'unknownReason_http_status',
  moved: 'unknownReason_moved',
  'wrong-type': 'unknownReason_wrong_type',
  empty: 'unknownReason_empty',
  unreadable: 'unknownReason_unreadable',
  'wrong-shape': 'unknownReason_wrong_shape',
  pending: 'unknownReason_pending',
};

export interface ProviderListProps {
  readonly providers: readonly ProviderView[];
  readonly now: number;
  readonly locale: string;
  /** Asks the person to let Detour read a status feed on a shared host (Google's). */
  readonly onAllow: () => void;
}

function officialLine(view: ProviderView, now: number, locale: string): string {
  const { official } = view;
  if (official.kind === 'none') return t('officialNone');
  if (official.kind === 'needs-permission') return t('officialNeedsPermission');
  const { status } = official;
  if (status.health === 'unknown') return t(REASONS[status.reason ?? 'unreadable']);
  const checked = t('officialChecked', relativeTime(status.checkedAt, now, locale));
  return status.summary && status.health !== 'operational' ? `${status.summary} · ${checked}` : checked;
}

/** Every chatbot at a glance: its official status beside what Detour saw in this browser. */
export function ProviderList({ providers, now, locale, onAllow }: ProviderListProps) {
  return (
    <section class="providers" aria-labelledby="providers-heading">
      <h2 id="providers-heading">{t('providersHeading')}</h2>
      <ul>
        {providers.map((view) => (
          <li class="provider" data-site={view.site} data-health={view.health}>
            <p class="provider-line">
              <span class="dot" aria-hidden="true" />
              <strong>{siteName(view.site)}</strong> <span class="provider-health">{t(`health_${view.health}`)}</span>
            </p>
            <p class="provider-detail">
              {officialLine(view, now, locale)}
              {view.official.kind === 'checked' && (
                <>
                  {' · '}
                  <a href={view.official.status.page} target="_blank" rel="noreferrer">
                    {t('statusPageLink')}
                  </a>
                </>
              )}
              {view.official.kind === 'needs-permission' && (
                <>
                  {' '}
                  <button type="button" class="quiet" onClick={onAllow}>
                    {t('allow')}
                  </button>
                </>
              )}
            </p>
            {view.seen && (
              <p class="provider-seen">{t(view.seen.count === 1 ? 'seenOne' : 'seenMany', view.seen.count)}</p>
            )}
            {view.disagree && <p class="provider-disagree">{t('officialDisagrees')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
