import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { STATUS_SOURCES } from '../../../lib/status/sources';
import { FIXTURE_ROOT } from '../../fixtures';

/**
 * The chatbots' official status pages, served by the stand-in at their real hosts and paths from
 * the saved answers in tests/fixtures/status/. Each page answers with one fixture until told
 * otherwise; the defaults are the calm ones (OpenAI's capture has the API degraded and ChatGPT's
 * "Conversations" operational, which checks that components are matched by name).
 */
const DEFAULTS: Record<string, string> = {
  'status.openai.com': 'openai-api-degraded.json',
  'status.claude.com': 'claude-operational.json',
  'status.perplexity.com': 'perplexity-up.json',
  'status.deepseek.com': 'deepseek-operational.json',
  'status.huggingface.co': 'huggingface-operational.json',
  'status.poe.com': 'poe-operational.json',
  'status.x.ai': 'grok-no-open-incident.xml',
  'www.google.com': 'gemini-no-active-incident.json',
};

const STATUS_DIR = join(FIXTURE_ROOT, 'status');

/** The status documents' URLs, by host. */
const documents = new Map(
  Object.values(STATUS_SOURCES).flatMap((source) => (source ? [[new URL(source.url).host, new URL(source.url).pathname] as const] : [])),
);

export const STATUS_HOSTS: readonly string[] = [...documents.keys()];

export class StatusPages {
  private readonly chosen = new Map<string, string>();

  /** Which saved answer `host` gives from now on. */
  choose(host: string, fixture: string): boolean {
    if (!documents.has(host) || !/^[\w.-]+\.(json|xml|html)$/.test(fixture)) return false;
    this.chosen.set(host, fixture);
    return true;
  }

  reset(): void {
    this.chosen.clear();
  }

  state(): Record<string, string> {
    return Object.fromEntries(STATUS_HOSTS.map((host) => [host, this.chosen.get(host) ?? DEFAULTS[host] ?? '']));
  }

  /** Answers a request to a status host; false when `host` is not one. */
  serve(host: string, path: string, response: ServerResponse): boolean {
    const documentPath = documents.get(host);
    if (!documentPath) return false;
    const fixture = this.chosen.get(host) ?? DEFAULTS[host];
    const moved = fixture?.startsWith('broken-redirect') ?? false;
    if (moved && path === '/moved') {
      // Where a vendor that moved its page now sends the document's URL: a page for people.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(STATUS_DIR, fixture!), 'utf8'));
    } else if (path !== documentPath || !fixture) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    } else if (moved) {
      response.writeHead(302, { location: `https://${host}/moved` }).end();
    } else {
      const body = readFileSync(join(STATUS_DIR, fixture), 'utf8');
      const status = fixture === 'broken-503.html' ? 503 : 200;
      const type = fixture.endsWith('.xml') ? 'application/rss+xml' : fixture.endsWith('.html') ? 'text/html' : 'application/json';
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'access-control-allow-origin': '*' }).end(body);
    }
    return true;
  }
}
