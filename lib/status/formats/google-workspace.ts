// Reads the incidents.json of Google's status dashboards (Workspace, and Cloud's same format).
import type { Health, ProviderStatus } from '../types';
import { allAs, clip, isRecord, sameName, text, wrongShape } from './shared';
import { compareHealth } from '../health';

/**
 * The incidents.json of Google's status dashboards (the Workspace one at
 * www.google.com/appsstatus, the same format as status.cloud.google.com's): an array of incidents
 * with `begin`, `end` (absent or null while active), `status_impact` / `most_recent_update.status`
 * (SERVICE_INFORMATION | SERVICE_DISRUPTION | SERVICE_OUTAGE), `severity` (low | medium | high)
 * and `affected_products[]` / `currently_affected_products[]` of `{ title, id }`.
 */
export function parseGoogleIncidents(data: unknown, names: readonly string[]): ProviderStatus {
  if (!Array.isArray(data)) return wrongShape('Google status dashboard');
  const incidents = data.filter(isRecord);
  if (data.length > 0 && !incidents.some((incident) => 'begin' in incident || 'affected_products' in incident)) {
    return wrongShape('Google status dashboard');
  }
  const label = names.join(', ') || 'this product';
  const active = incidents.filter((incident) => !text(incident.end) && concernsProduct(incident, names));
  if (active.length === 0) {
    const summary = `No active ${label} incidents`;
    return { health: 'operational', summary, scope: 'components', components: allAs(names, 'operational') };
  }
  const rated = active.map((incident) => ({ incident, health: googleHealth(incident) }));
  const worst = rated.reduce((a, b) => (compareHealth(b.health, a.health) > 0 ? b : a));
  const update = worst.incident.most_recent_update;
  const desc = text(worst.incident.external_desc) ?? text(isRecord(update) ? update.text : undefined);
  return {
    health: worst.health,
    summary: clip(firstLine(desc) ?? `An active ${label} incident`),
    scope: 'components',
    components: allAs(names, worst.health),
  };
}

function concernsProduct(incident: Record<string, unknown>, names: readonly string[]): boolean {
  const products = [incident.currently_affected_products, incident.affected_products]
    .flatMap((list) => (Array.isArray(list) ? list.filter(isRecord) : []))
    .flatMap((product) => [text(product.title), text(product.current_title)].flatMap((title) => title ?? []));
  const service = text(incident.service_name);
  return [...products, ...(service ? [service] : [])].some((title) => names.some((name) => sameName(title, name)));
}

function googleHealth(incident: Record<string, unknown>): Health {
  const update = isRecord(incident.most_recent_update) ? text(incident.most_recent_update.status) : undefined;
  const impact = update && update !== 'AVAILABLE' ? update : text(incident.status_impact);
  if (impact === 'SERVICE_OUTAGE') return 'down';
  if (impact === 'SERVICE_DISRUPTION' || impact === 'SERVICE_INFORMATION') return 'degraded';
  return text(incident.severity) === 'high' ? 'down' : 'degraded';
}

function firstLine(value: string | undefined): string | undefined {
  // Google writes markdown ("**Summary**\n…"); keep its first real sentence.
  const line = value
    ?.split('\n')
    .map((part) => part.replace(/[*_#`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .find((part) => part !== '' && !/^(summary|description)$/i.test(part));
  return line || undefined;
}
