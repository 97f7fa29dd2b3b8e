import { t } from '../i18n';
import { severity } from '../status/health';
import { relativeTime } from '../ui/relative-time';
import type { Alternative } from './rank';

/**
 * Why an alternative stands where it does, in a few words for its button: its trouble, if any,
 * then whether the person got an answer there lately, needs no account there, or needs one
 * (said before sending, as a sign-in page is where that prompt would land).
 */
export function alternativeHint(alternative: Alternative, now: number, locale: string): string {
  const health = severity(alternative.health) > 0 ? [t(`health_${alternative.health}`)] : [];
  const use =
    alternative.usedAt !== undefined
      ? t('reasonUsed', relativeTime(alternative.usedAt, now, locale))
      : t(alternative.needsAccount ? 'reasonNeedsAccount' : 'reasonNoAccount');
  return [...health, use].join(' · ');
}
