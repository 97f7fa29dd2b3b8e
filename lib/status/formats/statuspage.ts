// Reads Atlassian Statuspage's summary.json, which incident.io's pages answer in the same shape.
import type { ProviderStatus } from '../types';
import {
  clip,
  healthIn,
  type HealthWords,
  isRecord,
  joinSummary,
  matchByName,
  namedStatuses,
  readNamedStatus,
  records,
  text,
  unknown,
  words,
  wrongShape,
} from './shared';
import { worstOf } from '../health';

/**
 * Statuspage's summary.json (documented for one Statuspage page at
 * https://www.mongodb.com/docs/api/doc/cloud-status/operation/operation-getstatussummary; incident.io
 * answers the same shape): component `status` is operational | degraded_performance |
 * partial_outage | major_outage, plus under_maintenance (didevlab/service-checker's modules);
 * `status.indicator` is none | minor | major | critical, and incidents' impact adds maintenance.
 * The chat's components decide when the page names them; otherwise the page's indicator.
 */
export function parseStatuspageSummary(data: unknown, names: readonly string[]): ProviderStatus {
  if (!isRecord(data)) return wrongShape('Statuspage');
  const components = Array.isArray(data.components) ? data.components.flatMap(readNamedStatus) : undefined;
  const indicator = isRecord(data.status) ? text(data.status.indicator) : undefined;
  if (!components && indicator === undefined) return wrongShape('Statuspage');

  const incidents = records(data.incidents).filter(isUnresolved);
  const relevant = matchByName(components ?? [], names);
  if (relevant.length > 0) {
    const parts = relevant.map((part) => ({ name: part.name, health: componentHealth(part.status) }));
    const health = worstOf(parts.map((part) => part.health));
    const affected = relevant.filter((part) => componentHealth(part.status) !== 'operational');
    // Only an incident that names one of the chat's components explains it; incident.io's
    // incidents name none, and a page-wide incident may be about the API.
    const incident = incidents.find((item) => matchByName(namedStatuses(item.components), names).length > 0);
    const summary =
      affected.length === 0
        ? `${relevant.map((part) => part.name).join(', ')}: operational`
        : joinSummary(text(incident?.name), affected.map((part) => `${part.name}: ${words(part.status)}`).join(', '));
    return health === 'unknown'
      ? {
          ...unknown('wrong-shape', clip(`Unrecognised component status: ${summary}`)),
          scope: 'components',
          components: parts,
        }
      : { health, summary: clip(summary), scope: 'components', components: parts };
  }

  const health = indicator === undefined ? 'unknown' : indicatorHealth(indicator);
  if (health === 'unknown') return wrongShape('Statuspage', `indicator ${JSON.stringify(indicator ?? null)}`);
  const description = isRecord(data.status) ? text(data.status.description) : undefined;
  const summary =
    health === 'operational'
      ? (description ?? 'All systems operational')
      : joinSummary(text(incidents[0]?.name), description ?? words(indicator ?? ''));
  return { health, summary: clip(summary), scope: 'page' };
}

const COMPONENT_WORDS: HealthWords = {
  operational: ['operational'],
  degraded: ['degraded_performance', 'partial_outage', 'under_maintenance'],
  // full_outage: incident.io's own word for it
  down: ['major_outage', 'full_outage'],
};
const componentHealth = (status: string) => healthIn(COMPONENT_WORDS, status);

const INDICATOR_WORDS: HealthWords = {
  operational: ['none'],
  degraded: ['minor', 'major', 'maintenance'],
  down: ['critical'],
};
const indicatorHealth = (indicator: string) => healthIn(INDICATOR_WORDS, indicator);

function isUnresolved(incident: Record<string, unknown>): boolean {
  const status = text(incident.status);
  return status !== 'resolved' && status !== 'postmortem' && status !== 'completed';
}
