// Reads Instatus's public summary.json, which names no components.
import type { Health, ProviderStatus } from '../types';
import { clip, isRecord, joinSummary, text, wrongShape } from './shared';
import { worstOf } from '../health';

/**
 * Instatus's public summary.json (https://instatus.com/help/api/public-data): `page.status` is
 * UP | HASISSUES | UNDERMAINTENANCE; `activeIncidents[].impact` uses the component vocabulary
 * (DEGRADEDPERFORMANCE, PARTIALOUTAGE, MINOROUTAGE, MAJOROUTAGE). It names no components, so the
 * page as a whole decides.
 */
export function parseInstatusSummary(data: unknown): ProviderStatus {
  if (!isRecord(data) || !isRecord(data.page)) return wrongShape('Instatus');
  const pageStatus = text(data.page.status)?.toUpperCase();
  if (pageStatus === undefined) return wrongShape('Instatus');
  const incidents = (Array.isArray(data.activeIncidents) ? data.activeIncidents : [])
    .filter(isRecord)
    .filter((incident) => text(incident.status)?.toUpperCase() !== 'RESOLVED');
  const maintenances = (Array.isArray(data.activeMaintenances) ? data.activeMaintenances : [])
    .filter(isRecord)
    .filter((maintenance) => text(maintenance.status)?.toUpperCase() === 'INPROGRESS');
  const titles = [...incidents, ...maintenances].flatMap((item) => text(item.name) ?? []);

  if (pageStatus === 'UP') {
    // "UP" with an incident listed happens while the vendor is still writing it up: trust the list.
    if (incidents.length === 0) return { health: 'operational', summary: 'All systems operational', scope: 'page' };
  } else if (pageStatus.includes('MAINTENANCE')) {
    return { health: 'degraded', summary: clip(joinSummary(titles[0], 'Under maintenance')), scope: 'page' };
  } else if (pageStatus !== 'HASISSUES' && !/OUTAGE|DEGRADED/.test(pageStatus)) {
    return wrongShape('Instatus', `page status ${pageStatus}`);
  }
  const impacts = incidents.map((incident) => instatusHealth(text(incident.impact)));
  // The page says something is wrong even when no incident says how badly.
  const health = pageStatus === 'ALLMAJOROUTAGE' ? 'down' : worstOf(['degraded', ...impacts]);
  return { health, summary: clip(titles.join('; ') || 'Some systems have issues'), scope: 'page' };
}

function instatusHealth(impact: string | undefined): Health {
  const value = impact?.toUpperCase() ?? '';
  if (value === 'MAJOROUTAGE') return 'down';
  return 'degraded';
}
