import type { StandInKit } from './kits/types';
import { escapeHtml } from './kits/html';
import type { Scenario } from './scenarios';

/**
 * Whole pages the stand-in serves instead of the chatbot's app in some scenarios: the outage
 * pages and gates that outage reports describe, in the shapes public captures show.
 */

/** The sign-in page every site's loop sends the tab to (a path Detour knows as sign-in on any site). */
export const SIGN_IN_PATH = '/auth/login';

export interface WholePage {
  readonly status: number;
  readonly html: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const page = (title: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;

/** The page a scenario serves at `path` instead of the app, if it does. */
export function wholePage(kit: StandInKit, scenario: Scenario, path: string): WholePage | undefined {
  const name = kit.site === 'chatgpt' ? 'ChatGPT' : kit.site;
  switch (scenario) {
    case 'capacity':
      // The 2022-23 ChatGPT capacity page's words ("ChatGPT is at capacity right now"), at any path.
      return {
        status: 503,
        html: page(name, `<main><h2>${escapeHtml(name)} is at capacity right now</h2><p>Get notified when we're back.</p><form><input type="email" placeholder="Email"><button>Notify me</button></form></main>`),
      };
    case 'blank':
      // The app shell whose scripts never render: what an outage's blank screen is.
      return { status: 200, html: page(name, '<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>') };
    case 'login-loop':
      if (path === SIGN_IN_PATH) {
        return {
          status: 200,
          html: page(`Log in - ${name}`, `<main><h1>Welcome back</h1><form><input type="email" placeholder="Email address"><button>Continue</button></form></main><script>setTimeout(() => location.replace('/'), 300)</script>`),
        };
      }
      return { status: 302, html: '', headers: { location: SIGN_IN_PATH } };
    case 'challenge-loop':
      // Cloudflare's managed challenge, as public scrapers quote it; this one never lets the tab in.
      return {
        status: 403,
        html: page(
          'Just a moment...',
          `<div class="main-wrapper"><h1 class="zone-name-title h1">${escapeHtml(kit.host)}</h1><p class="h2 spacer-bottom">Verify you are human by completing the action below.</p><div id="challenge-stage"></div><div id="challenge-body-text" class="core-msg spacer">${escapeHtml(kit.host)} needs to review the security of your connection before proceeding.</div></div><script>setTimeout(() => location.reload(), 700)</script>`,
        ),
      };
    default:
      return undefined;
  }
}
