import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { duckai } from './duckai';
import { gemini } from './gemini';
import { grok } from './grok';
import { huggingchat } from './huggingchat';
import { kimi } from './kimi';
import { meta } from './meta';
import { mistral } from './mistral';
import { perplexity } from './perplexity';
import { poe } from './poe';
import { qwen } from './qwen';
import { servesPage, siteMatchPatterns } from './pages';
import type { SiteAdapter, SiteId } from './types';

/**
 * Every chatbot Detour knows, in the default order of alternatives. To add one: write its
 * adapter beside this file, its fixtures in tests/fixtures/<id>/, and list it here.
 */
export const SITES: readonly SiteAdapter[] = [
  ...[chatgpt, claude, gemini, copilot, perplexity, mistral, deepseek, grok],
  ...[duckai, huggingchat, meta, poe, qwen, kimi],
];

const byId = new Map<SiteId, SiteAdapter>(SITES.map((site) => [site.id, site]));

export function siteById(id: SiteId): SiteAdapter | undefined {
  return byId.get(id);
}

export { siteName } from './directory';
export { chatScript, isSignInUrl } from './pages';

/** The site a page belongs to, by its hostname (and path, on a host shared with more than the chat). */
export function siteForUrl(url: string | URL | undefined): SiteAdapter | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return SITES.find((site) => servesPage(site, parsed));
}

/**
 * Match patterns for every supported chatbot page: host permissions and content scripts. Browsers
 * grant a host permission for the whole host whatever its path; the path keeps the content script
 * to the chat's pages.
 */
export function chatbotMatchPatterns(): string[] {
  return SITES.flatMap(siteMatchPatterns);
}
