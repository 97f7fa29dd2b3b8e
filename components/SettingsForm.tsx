import { plural, t } from '../lib/i18n';
import { RESEND_OFFER_LIMITS, type Settings, WAIT_LIMITS } from '../lib/settings';
import { SITES, siteName } from '../lib/sites';
import { moveItem } from '../lib/ui/reorder';

export interface SettingsFormProps {
  readonly settings: Settings;
  readonly onChange: (changes: Partial<Settings>) => void;
}

/** The retention choices offered; any whole number of days is kept if set otherwise. */
export const RETENTION_CHOICES = [0, 30, 90, 180, 365] as const;

/** Every setting, saved as soon as it changes. */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const number = (key: 'stallSeconds' | 'noReplySeconds' | 'blankSeconds' | 'resendOfferMinutes', label: string, hint: string) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        name={key}
        min={key === 'resendOfferMinutes' ? RESEND_OFFER_LIMITS.min : WAIT_LIMITS.min}
        max={key === 'resendOfferMinutes' ? RESEND_OFFER_LIMITS.max : WAIT_LIMITS.max}
        value={settings[key]}
        onChange={(event) => onChange({ [key]: Number(event.currentTarget.value) })}
      />
      <small>{hint}</small>
    </label>
  );
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('settingsSending')}</legend>
        <label class="check">
          <input
            type="radio"
            name="sendMode"
            checked={settings.sendMode === 'send'}
            onChange={() => onChange({ sendMode: 'send' })}
          />
          {t('sendModeSend')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="sendMode"
            checked={settings.sendMode === 'fill'}
            onChange={() => onChange({ sendMode: 'fill' })}
          />
          {t('sendModeFill')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="includeContext"
            checked={settings.includeContext}
            onChange={(event) => onChange({ includeContext: event.currentTarget.checked })}
          />
          {t('settingsIncludeContext')}
        </label>
        {number('resendOfferMinutes', t('settingsResendOfferMinutes'), t('settingsResendOfferHint'))}
      </fieldset>
      <fieldset>
        <legend>{t('settingsDetection')}</legend>
        {number('stallSeconds', t('settingsStallSeconds'), t('settingsStallHint'))}
        {number('noReplySeconds', t('settingsNoReplySeconds'), t('settingsNoReplyHint'))}
        {number('blankSeconds', t('settingsBlankSeconds'), t('settingsBlankHint'))}
        <label class="check">
          <input
            type="checkbox"
            name="showNotice"
            checked={settings.showNotice}
            onChange={(event) => onChange({ showNotice: event.currentTarget.checked })}
          />
          {t('settingsShowNotice')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settingsLibrary')}</legend>
        <label class="field">
          <span>{t('settingsRetention')}</span>
          <select
            name="retentionDays"
            value={settings.retentionDays}
            onChange={(event) => onChange({ retentionDays: Number(event.currentTarget.value) })}
          >
            {[...new Set([...RETENTION_CHOICES, settings.retentionDays])].map((days) => (
              <option value={days}>{days === 0 ? t('retentionForever') : plural('retentionDays', days)}</option>
            ))}
          </select>
          <small>{t('settingsRetentionHint')}</small>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settingsPaused')}</legend>
        <small class="hint">{t('settingsPausedHint')}</small>
        {SITES.map(({ id }) => (
          <label class="check">
            <input
              type="checkbox"
              name="pausedSites"
              value={id}
              checked={settings.pausedSites.includes(id)}
              onChange={(event) =>
                onChange({
                  pausedSites: event.currentTarget.checked
                    ? [...settings.pausedSites, id]
                    : settings.pausedSites.filter((paused) => paused !== id),
                })
              }
            />
            {siteName(id)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settingsOrder')}</legend>
        <ol class="order">
          {settings.preferredOrder.map((id, index, order) => (
            <li data-site={id}>
              <span>{siteName(id)}</span>
              <button
                type="button"
                aria-label={t('moveUp', siteName(id))}
                disabled={index === 0}
                onClick={() => onChange({ preferredOrder: moveItem(order, index, -1) })}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('moveDown', siteName(id))}
                disabled={index === order.length - 1}
                onClick={() => onChange({ preferredOrder: moveItem(order, index, 1) })}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      </fieldset>
    </form>
  );
}
