import { unknown } from './formats/shared';
import { parseStatus } from './parse';
import type { StatusSource } from './sources';
import type { ProviderStatus } from './types';

/** A status page that has not answered in this long is not going to help the person waiting. */
export const FETCH_TIMEOUT_MS = 8_000;

export interface FetchDeps {
  /** The fetch to use; tests pass a fake. */
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

/**
 * Asks one status page once and reads its answer. Never throws: a time-out, a network error or an
 * answer that does not read is an 'unknown' status with its reason, never an outage.
 */
export async function fetchStatus(source: StatusSource, deps: FetchDeps = {}): Promise<ProviderStatus> {
  const request = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    const response = await request(source.url, {
      signal: controller.signal,
      // No cookies: a status page needs none, and the person's logins stay out of it.
      credentials: 'omit',
      // A cached "all fine" from an hour ago is worse than no answer.
      cache: 'no-store',
      redirect: 'follow',
      headers: { accept: source.kind === 'xai-feed' ? 'application/rss+xml, application/xml' : 'application/json' },
    });
    // The body is read under the same time-out: a page can stall after its headers.
    const body = await response.text();
    return parseStatus(source, {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      url: response.url,
      body,
    });
  } catch (error) {
    if (controller.signal.aborted) {
      const seconds = Math.round((deps.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000);
      return unknown('timeout', `The status page did not answer within ${seconds} s.`);
    }
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return unknown('network', `The status page could not be reached${detail}.`);
  } finally {
    clearTimeout(timer);
  }
}
