import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { grok } from './grok';
import { mistral } from './mistral';
import { perplexity } from './perplexity';
import type { SiteAdapter, SiteId } from './types';

/**
 * Every chatbot Detour knows, in the default order of alternatives. To add one: write its
 * adapter beside this file, its fixtures in tests/fixtures/<id>/, and list it here.
 */
export const SITES: readonly SiteAdapter[] = [chatgpt, claude, gemini, copilot, perplexity, mistral, deepseek, grok];

const byId = new Map<SiteId, SiteAdapter>(SITES.map((site) => [site.id, site]));

export function siteById(id: SiteId): SiteAdapter | undefined {
  return byId.get(id);
}

/** The site's product name, or its id when Detour no longer knows it. */
export function siteName(id: SiteId): string {
  return byId.get(id)?.name ?? id;
}

/** The site a page belongs to, by its hostname. */
export function siteForUrl(url: string | URL | undefined): SiteAdapter | undefined {
  if (!url) return undefined;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return SITES.find((site) => site.hosts.includes(hostname));
}

/** Match patterns for every supported chatbot page: host permissions and content scripts. */
export function chatbotMatchPatterns(): string[] {
  return SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

/**
 * Sign-in pages on a chatbot's own host, whatever the site: /login, /log-in, /signin, /sign-in,
 * /sign_in, /auth/login…, with or without a locale first (/en/login). Adapters add their own.
 */
const SIGN_IN_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?(?:auth\/|account\/|u\/)?(?:log-?in|sign-?in|sign_in|signin|login)(?:[/?#]|$)/i;

/** Whether `url` is the sign-in page of `site`. */
export function isSignInUrl(url: URL, site: SiteAdapter): boolean {
  return SIGN_IN_PATH.test(url.pathname) || (site.signIn ?? []).some((path) => url.pathname.startsWith(path));
}
