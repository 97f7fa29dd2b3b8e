import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATUS_SOURCES, type StatusSource } from '../../lib/status/sources';
import type { FetchedResponse, Health, UnknownReason } from '../../lib/status/types';
import type { SiteId } from '../../lib/sites/types';

/**
 * Saved status-page answers (tests/fixtures/status/, cited in its README.md) and how each must
 * read. A file may appear in several cases: the same HTML page read with and without a redirect.
 */

export const STATUS_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'status');

export function statusFixtureNames(): string[] {
  return readdirSync(STATUS_FIXTURES)
    .filter((name) => name !== 'README.md')
    .sort();
}

export function readStatusFixture(name: string): string {
  return readFileSync(join(STATUS_FIXTURES, name), 'utf8');
}

export interface StatusCase {
  readonly file: string;
  readonly site: SiteId;
  readonly status: number;
  readonly contentType: string;
  /** Where the answer came from after redirects; the source's own URL when absent. */
  readonly url?: string;
  readonly expect: {
    readonly health: Health;
    readonly reason?: UnknownReason;
    readonly scope?: 'components' | 'page';
    readonly summary?: RegExp;
  };
}

const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';
const RSS_TYPE = 'application/rss+xml; charset=utf-8';

export const STATUS_CASES: readonly StatusCase[] = [
  // Atlassian Statuspage (status.claude.com)
  {
    file: 'claude-operational.json', site: 'claude', status: 200, contentType: JSON_TYPE,
    expect: { health: 'operational', scope: 'components', summary: /^claude\.ai: operational$/ },
  },
  {
    file: 'claude-degraded.json', site: 'claude', status: 200, contentType: JSON_TYPE,
    expect: { health: 'degraded', scope: 'components', summary: /^Elevated errors on claude\.ai \(claude\.ai: partial outage\)$/ },
  },
  // The API is down, claude.ai is not: the chat is fine whatever the page's indicator says.
  {
    file: 'claude-api-outage.json', site: 'claude', status: 200, contentType: JSON_TYPE,
    expect: { health: 'operational', scope: 'components' },
  },
  // incident.io answering summary.json (status.openai.com)
  {
    file: 'openai-api-degraded.json', site: 'chatgpt', status: 200, contentType: JSON_TYPE,
    expect: { health: 'operational', scope: 'components', summary: /^Conversations: operational$/ },
  },
  {
    file: 'openai-conversations-degraded.json', site: 'chatgpt', status: 200, contentType: JSON_TYPE,
    expect: { health: 'degraded', scope: 'components', summary: /^Conversations: degraded performance$/ },
  },
  // Google Workspace status dashboard
  {
    file: 'gemini-incident-active.json', site: 'gemini', status: 200, contentType: JSON_TYPE,
    expect: { health: 'degraded', scope: 'components', summary: /^Some users are experiencing errors when sending prompts in Gemini$/ },
  },
  {
    file: 'gemini-no-active-incident.json', site: 'gemini', status: 200, contentType: JSON_TYPE,
    expect: { health: 'operational', scope: 'components' },
  },
  // Instatus (status.perplexity.com)
  {
    file: 'perplexity-up.json', site: 'perplexity', status: 200, contentType: JSON_TYPE,
    expect: { health: 'operational', scope: 'page' },
  },
  {
    file: 'perplexity-has-issues.json', site: 'perplexity', status: 200, contentType: JSON_TYPE,
    expect: { health: 'down', scope: 'page', summary: /^Perplexity is down for some users$/ },
  },
  // FlashDuty widget (status.deepseek.com)
  {
    file: 'deepseek-operational.json', site: 'deepseek', status: 200, contentType: JSON_TYPE,
    expect: { health: 'operational', scope: 'page' },
  },
  {
    file: 'deepseek-partial-outage.json', site: 'deepseek', status: 200, contentType: JSON_TYPE,
    expect: { health: 'degraded', scope: 'page', summary: /^DeepSeek 网页\/API 部分中断$/ },
  },
  {
    file: 'deepseek-widget-error.json', site: 'deepseek', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  // Better Stack (status.huggingface.co)
  {
    file: 'huggingface-operational.json', site: 'huggingchat', status: 200, contentType: JSON_TYPE,
    expect: { health: 'operational', scope: 'page', summary: /^All services are online$/ },
  },
  {
    file: 'huggingface-degraded.json', site: 'huggingchat', status: 200, contentType: JSON_TYPE,
    expect: { health: 'degraded', scope: 'page', summary: /^Elevated error rate – AWS CDN \(Singapore\)$/ },
  },
  {
    file: 'claude-operational.json', site: 'huggingchat', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  // Atlassian Statuspage, whole page (status.poe.com)
  {
    file: 'poe-operational.json', site: 'poe', status: 200, contentType: JSON_TYPE,
    expect: { health: 'operational', scope: 'page', summary: /^All Systems Operational$/ },
  },
  {
    file: 'poe-major-outage.json', site: 'poe', status: 200, contentType: JSON_TYPE,
    expect: { health: 'degraded', scope: 'page', summary: /^Messages failing to send \(Partial System Outage\)$/ },
  },
  // xAI's RSS feed (status.x.ai)
  {
    file: 'grok-web-outage.xml', site: 'grok', status: 200, contentType: RSS_TYPE,
    expect: { health: 'down', scope: 'components', summary: /^Models outage$/ },
  },
  {
    file: 'grok-no-open-incident.xml', site: 'grok', status: 200, contentType: 'application/xml',
    expect: { health: 'operational', scope: 'components' },
  },

  // Broken: none of these is an outage.
  {
    file: 'broken-redirect-to-html.html', site: 'claude', status: 200, contentType: HTML_TYPE, url: 'https://www.anthropic.com/login?next=%2F',
    expect: { health: 'unknown', reason: 'moved' },
  },
  {
    file: 'broken-redirect-to-html.html', site: 'chatgpt', status: 200, contentType: HTML_TYPE, url: 'https://status.openai.com/',
    expect: { health: 'unknown', reason: 'moved' },
  },
  {
    file: 'broken-redirect-to-html.html', site: 'perplexity', status: 200, contentType: HTML_TYPE,
    expect: { health: 'unknown', reason: 'wrong-type' },
  },
  {
    file: 'broken-redirect-to-html.html', site: 'grok', status: 200, contentType: 'application/xml',
    expect: { health: 'unknown', reason: 'unreadable' },
  },
  {
    file: 'broken-cloudflare-challenge.html', site: 'grok', status: 403, contentType: HTML_TYPE,
    expect: { health: 'unknown', reason: 'http-status' },
  },
  {
    file: 'broken-cloudflare-challenge.html', site: 'gemini', status: 200, contentType: HTML_TYPE,
    expect: { health: 'unknown', reason: 'wrong-type' },
  },
  {
    file: 'broken-503.html', site: 'chatgpt', status: 503, contentType: 'text/html',
    expect: { health: 'unknown', reason: 'http-status' },
  },
  {
    file: 'broken-empty.json', site: 'claude', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'empty' },
  },
  {
    file: 'broken-empty.json', site: 'grok', status: 200, contentType: RSS_TYPE,
    expect: { health: 'unknown', reason: 'empty' },
  },
  {
    file: 'broken-truncated.json', site: 'claude', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'unreadable' },
  },
  {
    file: 'broken-other-vendor.json', site: 'claude', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  {
    file: 'broken-other-vendor.json', site: 'chatgpt', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  {
    file: 'broken-other-vendor.json', site: 'gemini', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  {
    file: 'broken-other-vendor.json', site: 'perplexity', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  {
    file: 'broken-other-vendor.json', site: 'deepseek', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  {
    file: 'broken-statuspage-not-found.json', site: 'claude', status: 404, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'http-status' },
  },
  {
    file: 'broken-statuspage-not-found.json', site: 'chatgpt', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  // An answer in another site's format is not this site's status either.
  {
    file: 'claude-degraded.json', site: 'gemini', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  {
    file: 'gemini-incident-active.json', site: 'claude', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
  {
    file: 'perplexity-has-issues.json', site: 'deepseek', status: 200, contentType: JSON_TYPE,
    expect: { health: 'unknown', reason: 'wrong-shape' },
  },
];

export function sourceOf(site: SiteId): StatusSource {
  const source = STATUS_SOURCES[site];
  if (!source) throw new Error(`${site} has no status source`);
  return source;
}

export function responseOf(testCase: StatusCase): FetchedResponse {
  return {
    status: testCase.status,
    contentType: testCase.contentType,
    url: testCase.url ?? sourceOf(testCase.site).url,
    body: readStatusFixture(testCase.file),
  };
}

/** Just enough of a Response for fetchStatus: a real one cannot say it was redirected. */
export function fakeResponse(
  body: string,
  init: { status?: number; contentType?: string; url?: string; text?: () => Promise<string> } = {},
): Response {
  return {
    status: init.status ?? 200,
    url: init.url ?? '',
    headers: new Headers({ 'content-type': init.contentType ?? 'application/json' }),
    text: init.text ?? (async () => body),
  } as unknown as Response;
}
