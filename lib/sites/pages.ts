import type { SiteAdapter, SiteId } from './types';

/**
 * Which pages belong to one chatbot, knowing that chatbot only (no registry of every site): what
 * the site's own script asks of its page, and what the manifest declares for it.
 */

/** Whether `pathname` is under the site's chat path (every path, when the whole host is the chat). */
const underPath = (site: SiteAdapter, pathname: string) =>
  !site.path || pathname === site.path || pathname.startsWith(`${site.path}/`);

/** Whether `url` is one of the site's chat pages, by its hostname (and path, on a shared host). */
export function servesPage(site: SiteAdapter, url: URL): boolean {
  return site.hosts.includes(url.hostname) && underPath(site, url.pathname);
}

/**
 * Match patterns for the site's pages: its host permissions and its content script. Browsers
 * grant a host permission for the whole host whatever its path; the path keeps the content script
 * to the chat's pages.
 */
export function siteMatchPatterns(site: SiteAdapter): string[] {
  return site.hosts.map((host) => `https://${host}${site.path ?? ''}/*`);
}

/**
 * The content script of one chatbot's pages in the build (entrypoints/chat-<id>.ts): each site's
 * script carries its own adapter only.
 */
export function chatScript<Id extends SiteId>(id: Id): `/chat-${Id}.js` {
  return `/chat-${id}.js`;
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
