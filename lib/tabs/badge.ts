import { browser } from 'wxt/browser';
import type { ChatHealth } from '../model';
import { t } from '../i18n';
import { siteName } from '../sites';
import type { SiteId } from '../sites/types';
import { truncate } from '../text';

/** How the toolbar button looks for one tab. */
export interface BadgeLook {
  readonly text: string;
  readonly color: string;
  readonly title: string;
}

export const BADGE_COLORS = { failed: '#c5221f', stalled: '#b06000', none: '#5f6368' } as const;

/**
 * The per-tab badge contract (the README's "Using it"; the end-to-end tests hold it): empty on a
 * healthy chat, `!` on a failure, `…` on a stall; the title names the site and what was seen, or
 * that Detour cannot read the page.
 */
export function badgeLook(report: { readonly site: SiteId; readonly health: ChatHealth } | undefined): BadgeLook {
  if (!report) return { text: '', color: BADGE_COLORS.none, title: t('extName') };
  const name = siteName(report.site);
  const { health } = report;
  switch (health.status) {
    case 'failed':
      return { text: '!', color: BADGE_COLORS.failed, title: t('badgeFailed', name, truncate(health.failure.text, 160)) };
    case 'stalled':
      return {
        text: '…',
        color: BADGE_COLORS.stalled,
        title: t(health.stall.reason === 'no-reply' ? 'badgeNoReply' : 'badgeStalled', name, health.stall.seconds),
      };
    case 'healthy':
      return { text: '', color: BADGE_COLORS.none, title: t('badgeHealthy', name) };
    case 'blind':
      // Not the chatbot failing: Detour cannot read its page, so no failure badge, only the words.
      return { text: '', color: BADGE_COLORS.none, title: t('badgeBlind', name) };
  }
}

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's V2. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** Shows the look on the tab's toolbar button. A tab that has closed meanwhile is no error. */
export async function showBadge(tabId: number, look: BadgeLook): Promise<void> {
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ tabId, text: look.text }),
    button.setBadgeBackgroundColor({ tabId, color: look.color }),
    button.setTitle({ tabId, title: look.title }),
  ]).catch(() => undefined);
}
