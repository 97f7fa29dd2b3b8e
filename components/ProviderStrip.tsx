import { useState } from 'preact/hooks';
import { relativeTime } from '../lib/ui/relative-time';
import { listKeys } from '../lib/ui/arrow-keys';
import { type MessageKey, plural, t } from '../lib/i18n';
import type { ProviderView } from '../lib/providers/view';
import { siteName } from '../lib/sites';
import type { SiteId } from '../lib/sites/types';
import { severity } from '../lib/status/health';
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

export interface ProviderStripProps {
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

/** One chatbot's details: its official status beside what Detour saw in this browser. */
function Details({ view, now, locale, onAllow }: { readonly view: ProviderView } & Omit<ProviderStripProps, 'providers'>) {
  return (
    <div class="provider-details" id="provider-details" role="region" aria-label={siteName(view.site)}>
      <p class="provider-line">
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
      {view.seen && <p class="provider-seen">{plural('seen', view.seen.count)}</p>}
      {view.disagree && <p class="provider-disagree">{t('officialDisagrees')}</p>}
    </div>
  );
}

/**
 * Every chatbot at a glance, in one strip: a dot and a name each (the dot's colour is the health,
 * which each chip also names to screen readers and in its tooltip), those in trouble first, so
 * what matters shows without scrolling the strip; a chip shows that chatbot's details, and a
 * second press hides them.
 */
export function ProviderStrip(props: ProviderStripProps) {
  // Down, then degraded, then working, then no news; the registry's order within each (a stable sort).
  const providers = [...props.providers].sort(
    (a, b) => severity(b.health) - severity(a.health) || Number(a.health === 'unknown') - Number(b.health === 'unknown'),
  );
  const [open, setOpen] = useState<SiteId>();
  const shown = providers.find((view) => view.site === open);
  return (
    <section class="providers" aria-labelledby="providers-heading">
      <h2 id="providers-heading" class="strip-heading">
        {t('providersHeading')}
      </h2>
      <ul class="strip" onKeyDown={(event) => listKeys(event, '.chip')}>
        {providers.map((view) => {
          const health = t(`health_${view.health}`);
          return (
            <li class="provider" data-site={view.site} data-health={view.health}>
              <button
                type="button"
                class="chip"
                aria-expanded={view.site === open}
                aria-controls="provider-details"
                aria-label={`${siteName(view.site)}: ${health}`}
                title={health}
                onClick={() => setOpen(view.site === open ? undefined : view.site)}
              >
                <span class="dot" aria-hidden="true" />
                {siteName(view.site)}
              </button>
            </li>
          );
        })}
      </ul>
      {shown && <Details view={shown} {...props} />}
    </section>
  );
}
