import { t } from '../lib/i18n';
import { siteName } from '../lib/sites';
import type { SiteId } from '../lib/sites/types';

export interface SitePauseProps {
  readonly site: SiteId;
  readonly onChange: (paused: boolean) => void;
}

/** Detour leaves a site alone while paused: what the popup says there, and the switch. */
export function PausedStatus({ site, onChange }: SitePauseProps) {
  return (
    <section class="status" data-state="paused" aria-live="polite">
      <p class="status-line">{t('pausedHere', siteName(site))}</p>
      <p class="status-detail">{t('pausedDetail')}</p>
      <button type="button" class="resume" onClick={() => onChange(false)}>
        {t('resumeSite', siteName(site))}
      </button>
    </section>
  );
}

/** The quiet switch for a site Detour watches. */
export function PauseButton({ site, onChange }: SitePauseProps) {
  return (
    <button type="button" class="quiet pause" onClick={() => onChange(true)}>
      {t('pauseSite', siteName(site))}
    </button>
  );
}
