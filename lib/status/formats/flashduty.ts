// Reads FlashDuty's public status-page widget summary.
import type { ProviderStatus } from '../types';
import {
  clip,
  healthIn,
  type HealthWords,
  isRecord,
  joinSummary,
  namedStatuses,
  records,
  sameName,
  text,
  unknown,
  words,
  wrongShape,
} from './shared';
import { worstOf } from '../health';

/**
 * FlashDuty's public widget summary (https://docs.flashduty.com/zh/on-call/statuspage/widgets):
 * `overall.status` is operational | degraded | partial_outage | full_outage | maintenance;
 * `ongoing_incidents[]` carry `title`, `impact` and `affected_components[]` of `{ name, status }`.
 * A JSON `error` ("status_page_not_found", "widget_summary_unavailable") comes back with a 200.
 */
export function parseFlashdutyWidget(data: unknown, names: readonly string[]): ProviderStatus {
  if (!isRecord(data)) return wrongShape('FlashDuty');
  const error = text(data.error);
  if (error) return unknown('wrong-shape', `The status page reports "${error}".`);
  const overall = isRecord(data.overall) ? text(data.overall.status) : undefined;
  if (overall === undefined || !isRecord(data.overall)) return wrongShape('FlashDuty');
  const incidents = records(data.ongoing_incidents);
  const maintenances = records(data.in_progress_maintenances);

  const parts = incidents
    .flatMap((incident) => namedStatuses(incident.affected_components))
    .filter((part) => names.some((name) => sameName(part.name, name)));
  if (parts.length > 0) {
    const components = parts.map((part) => ({ name: part.name, health: flashdutyHealth(part.status) }));
    const health = worstOf(components.map((part) => part.health));
    const title = incidents.map((incident) => text(incident.title)).find(Boolean);
    const summary = title ?? parts.map((part) => `${part.name}: ${words(part.status)}`).join(', ');
    if (health !== 'unknown') return { health, summary: clip(summary), scope: 'components', components };
  }

  const health = flashdutyHealth(overall);
  if (health === 'unknown') return wrongShape('FlashDuty', `overall status ${overall}`);
  const title = [...incidents, ...maintenances].map((item) => text(item.title)).find(Boolean);
  if (health === 'operational' && incidents.length === 0) {
    const summary = maintenances.length > 0 ? joinSummary(title, 'Maintenance in progress') : 'All systems operational';
    return { health, summary: clip(summary), scope: 'page' };
  }
  // An ongoing incident under an "operational" overall is still being classified: not fine.
  return { health: worstOf([health, 'degraded']), summary: clip(title ?? words(overall)), scope: 'page' };
}

const FLASHDUTY_WORDS: HealthWords = {
  operational: ['operational'],
  degraded: ['degraded', 'degraded_performance', 'partial_outage', 'maintenance', 'under_maintenance'],
  down: ['full_outage', 'major_outage'],
};
const flashdutyHealth = (status: string) => healthIn(FLASHDUTY_WORDS, status);
