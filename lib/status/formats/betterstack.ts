// Reads a Better Stack status page's /index.json, a JSON:API document.
import type { ProviderStatus } from '../types';
import { clip, healthIn, type HealthWords, isRecord, matchByName, records, text, words, wrongShape } from './shared';
import { worstOf } from '../health';

/**
 * Better Stack's status page JSON
 * (https://betterstack.com/docs/uptime/status-pages/subscribing-to-status-updates/subscribing-to-api):
 * `data` is the `status_page` with `attributes.aggregate_state` (operational, degraded, downtime,
 * maintenance); `included[]` holds `status_page_resource`s (`public_name`, `status`) and
 * `status_report`s (`title`, `aggregate_state`, `ends_at` once over). The chat's resources decide
 * when the page names them; otherwise the page's aggregate state.
 */
export function parseBetterStackIndex(data: unknown, names: readonly string[]): ProviderStatus {
  if (!isRecord(data) || !isRecord(data.data) || text(data.data.type) !== 'status_page' || !isRecord(data.data.attributes)) {
    return wrongShape('Better Stack');
  }
  const state = text(data.data.attributes.aggregate_state);
  if (state === undefined) return wrongShape('Better Stack');
  const included = records(data.included);
  const of = (type: string) => included.filter((item) => text(item.type) === type).map((item) => (isRecord(item.attributes) ? item.attributes : {}));
  const reports = of('status_report')
    .filter((report) => text(report.ends_at) === undefined && text(report.aggregate_state) !== 'resolved')
    .flatMap((report) => text(report.title) ?? []);

  const resources = of('status_page_resource').flatMap((resource) => {
    const name = text(resource.public_name);
    const status = text(resource.status);
    return name && status ? [{ name, status }] : [];
  });
  const relevant = matchByName(resources, names);
  if (relevant.length > 0) {
    const components = relevant.map((part) => ({ name: part.name, health: betterStackHealth(part.status) }));
    const health = worstOf(components.map((part) => part.health));
    const affected = relevant.filter((part) => betterStackHealth(part.status) !== 'operational');
    const detail = affected.map((part) => `${part.name}: ${words(part.status)}`).join(', ');
    const summary = affected.length === 0 ? `${relevant.map((part) => part.name).join(', ')}: operational` : (reports[0] ?? detail);
    if (health !== 'unknown') return { health, summary: clip(summary), scope: 'components', components };
  }

  const health = betterStackHealth(state);
  if (health === 'unknown') return wrongShape('Better Stack', `aggregate state ${state}`);
  const summary = health === 'operational' ? 'All services are online' : (reports[0] ?? words(state));
  return { health, summary: clip(summary), scope: 'page' };
}

const BETTER_STACK_WORDS: HealthWords = {
  operational: ['operational'],
  degraded: ['degraded', 'maintenance'],
  down: ['downtime'],
};
const betterStackHealth = (state: string) => healthIn(BETTER_STACK_WORDS, state);
