import type { ChatHealth, Failure } from '../model';
import { SITES } from '../sites';
import type { SiteId } from '../sites/types';

/**
 * Network evidence: the background watches each site's own chat requests (the adapters'
 * `chatEndpoints`) and reads their outcome. A failed request with a page that still looks healthy
 * is a likely failure; a blip the page recovered from (a later request succeeded, or the chat
 * moved on) is not.
 */

/** What the background saw go wrong on a tab's chat requests, and when. */
export interface NetworkEvidence {
  readonly site: SiteId;
  readonly failure: Failure;
  readonly at: number;
}

/** Every site's chat endpoints, for the webRequest filter. */
export function chatEndpointPatterns(): string[] {
  return SITES.flatMap((site) => site.chatEndpoints);
}

/**
 * Only requests that carry a prompt count: the site's POSTs, and the handshake of a chat
 * WebSocket. Loading a conversation list that fails is not a failed prompt.
 */
export function carriesPrompt(request: { readonly method: string; readonly type: string }): boolean {
  return request.method === 'POST' || request.type === 'websocket';
}

/** A finished chat request: 5xx and 429 are failures; anything else is not. */
export function failureOfStatus(statusCode: number, describe: (statusCode: number) => string): Failure | undefined {
  if (statusCode === 429) return { kind: 'limit', place: 'network', text: describe(statusCode) };
  if (statusCode >= 500) return { kind: 'network', place: 'network', text: describe(statusCode) };
  return undefined;
}

/**
 * Errors that are no outage: the person (or the page) stopped the request, navigated away, or
 * another extension blocked it.
 */
const NOT_OUTAGES = ['net::ERR_ABORTED', 'net::ERR_BLOCKED_BY_CLIENT', 'NS_BINDING_ABORTED', 'NS_ERROR_ABORT'];

/** A chat request that never finished: a network failure, unless it was stopped on purpose. */
export function failureOfError(error: string, describe: (error: string) => string): Failure | undefined {
  return NOT_OUTAGES.some((name) => error.includes(name)) ? undefined : { kind: 'network', place: 'network', text: describe(error) };
}

/**
 * The tab's health from both sources. What the page shows wins: its words are more precise. Network
 * evidence counts only while the page shows nothing wrong and has not moved on since.
 */
export function combinedHealth(page: ChatHealth | undefined, network: NetworkEvidence | undefined): ChatHealth | undefined {
  if (page && page.status !== 'healthy') return page;
  if (network) return { status: 'failed', failure: network.failure };
  return page;
}
