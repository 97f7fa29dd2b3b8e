import { siteForUrl } from '../sites';
import type { ChatHealth, TabRecord } from '../model';
import type { SiteId } from '../sites/types';

/** What the popup says about the tab it was opened on. */
export type TabView =
  | { readonly kind: 'not-chatbot' }
  /** A chatbot page Detour has not heard from yet (still loading, or opened before Detour). */
  | { readonly kind: 'unreported'; readonly site: SiteId }
  | { readonly kind: 'chatbot'; readonly site: SiteId; readonly health: ChatHealth; readonly promptId?: string };

/** Only a report from the site the tab shows now counts; an older page's report is stale. */
export function tabView(url: string | undefined, record: TabRecord | undefined): TabView {
  const site = siteForUrl(url);
  if (!site) return { kind: 'not-chatbot' };
  if (!record || record.site !== site.id) return { kind: 'unreported', site: site.id };
  return { kind: 'chatbot', site: site.id, health: record.health, ...(record.promptId && { promptId: record.promptId }) };
}
