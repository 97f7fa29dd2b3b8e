import { SITES } from '../sites';
import type { SiteId, StatusSource } from '../sites/types';

export type { StatusKind, StatusSource } from '../sites/types';

/**
 * Each chatbot's official status source, from its adapter (lib/sites/<site>.ts, where the evidence
 * for each is cited); `undefined` where its vendor publishes none that a browser can read, and the
 * UI says so.
 */
export const STATUS_SOURCES = Object.fromEntries(SITES.map((site) => [site.id, site.status])) as Record<
  SiteId,
  StatusSource | undefined
>;

/** Match patterns for a set of status documents' origins. */
function originPatterns(sources: readonly StatusSource[]): string[] {
  return [...new Set(sources.map((source) => new URL(source.url).origin))].map((origin) => `${origin}/*`);
}

const sources = () => Object.values(STATUS_SOURCES).filter((source): source is StatusSource => source !== undefined);

/**
 * Match patterns for every status document Detour fetches at install, for the manifest's host
 * permissions (so the request works whether or not the page sends CORS headers).
 */
export function statusMatchPatterns(): string[] {
  return originPatterns(sources().filter((source) => !source.optional));
}

/** The status documents Detour asks access to only when the person wants them. */
export function optionalStatusPatterns(): string[] {
  return sources()
    .filter((source) => source.optional)
    .map((source) => `${new URL(source.url).origin}${new URL(source.url).pathname.replace(/[^/]*$/, '')}*`);
}
