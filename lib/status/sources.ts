import type { SiteId } from '../sites/types';

/**
 * The document formats Detour reads. Status pages move between vendors (DeepSeek went from
 * Atlassian Statuspage to FlashDuty, OpenAI from Statuspage to incident.io), so the kind is part of
 * each site's entry, not assumed.
 */
export type StatusKind =
  /** Atlassian Statuspage: `/api/v2/summary.json` with `status.indicator` and `components[]`. */
  | 'statuspage'
  /** incident.io, answering the Statuspage-compatible `/api/v2/summary.json`. */
  | 'incident-io'
  /** Instatus: `/summary.json` with `page.status` and `activeIncidents[]`. */
  | 'instatus'
  /** Google's status dashboard feed: an array of incidents with `affected_products[]`. */
  | 'google-workspace'
  /** FlashDuty (Flashcat) widget: `/api/widget/v1/summary.json` with `overall.status`. */
  | 'flashduty'
  /** xAI's RSS feed: one item per incident and surface, "Status:"/"Severity:" lines. */
  | 'xai-feed';

/** Where a chatbot's vendor publishes its status, and which parts of it concern the chat. */
export interface StatusSource {
  readonly kind: StatusKind;
  /** The machine-readable document Detour fetches. */
  readonly url: string;
  /** The page for people, to link to. */
  readonly page: string;
  /**
   * Names of the components (products, feed scopes) that concern the consumer chat, matched by
   * name, case-insensitively, never by position: component ids and order change when a vendor
   * rebuilds its page. Empty when the page does not split the chat out: the whole page counts.
   */
  readonly components: readonly string[];
}

/**
 * Each chatbot's official status source; `undefined` where its vendor publishes none that a
 * browser can read, and the UI says so. Evidence for each entry is cited beside it and in
 * tests/fixtures/status/README.md. (These entries move into the site adapters later; keep each
 * one self-contained.)
 */
export const STATUS_SOURCES: Record<SiteId, StatusSource | undefined> = {
  /*
   * status.openai.com runs on incident.io and still answers the Statuspage-style summary.json:
   * a capture of 2026-10-06 (michaeltheodore1968/aiisdown test/fixtures/openai.json) has page id
   * 01JMDK9XYNY6RXSED6SDWW50WY, ULID component ids and no group fields, and lists "Login" twice
   * (the API's and ChatGPT's), so only "Conversations" names the chat unambiguously. That
   * component sits in the page's "ChatGPT" group described as https://chat.openai.com
   * (ClaudeStats OpenAIStatusUptimeTests, 2026-05). The API's components (Chat Completions,
   * Responses, Fine-tuning…) do not concern chatgpt.com.
   */
  chatgpt: {
    kind: 'incident-io',
    url: 'https://status.openai.com/api/v2/summary.json',
    page: 'https://status.openai.com/',
    components: ['Conversations'],
  },
  /*
   * Anthropic's Atlassian Statuspage moved from status.anthropic.com to status.claude.com (page id
   * tymt9n04zgry). A capture of 2026-10-06 (aiisdown test/fixtures/claude.json) lists "claude.ai",
   * "Claude Console (platform.claude.com)", "Claude API (api.anthropic.com)", "Claude Code", …;
   * didevlab/service-checker app/modules/claude/README.md (2026) lists the same names.
   */
  claude: {
    kind: 'statuspage',
    url: 'https://status.claude.com/api/v2/summary.json',
    page: 'https://status.claude.com/',
    components: ['claude.ai'],
  },
  /*
   * Google has no status page for the Gemini app; its Workspace status dashboard lists "Gemini" as
   * a product (id npdyhgECDJ6tB66MxXyo, history page below) in the dashboard's incidents.json:
   * steipete/CodexBar docs/status.md and GoogleWorkspaceStatusTests (2025-12, 2026-05). Google
   * Cloud's feed (status.cloud.google.com) covers Vertex AI and the Gemini API, not the app.
   */
  gemini: {
    kind: 'google-workspace',
    url: 'https://www.google.com/appsstatus/dashboard/incidents.json',
    page: 'https://www.google.com/appsstatus/dashboard/products/npdyhgECDJ6tB66MxXyo/history',
    components: ['Gemini'],
  },
  /*
   * Microsoft publishes no public status feed for consumer Copilot (copilot.microsoft.com): its
   * service health lives in the Microsoft 365 admin center, per tenant, behind a sign-in
   * (windowsnews.ai "Is Microsoft Copilot down?", 2025-11; aiisdown src/platforms.js, 2026:
   * "Microsoft publishes no status feed we can read for the consumer Copilot app").
   */
  copilot: undefined,
  /*
   * Perplexity's page (status.perplexity.com) is hosted by Instatus, whose public /summary.json
   * gives page status UP | HASISSUES | UNDERMAINTENANCE and the active incidents
   * (https://instatus.com/help/api/public-data; the Statussy worker's instatus.js, 2026, "SMA-20:
   * Perplexity via Instatus"). summary.json names no components, so the whole page counts; it
   * covers the API as well as the app.
   */
  perplexity: {
    kind: 'instatus',
    url: 'https://status.perplexity.com/summary.json',
    page: 'https://status.perplexity.com/',
    components: [],
  },
  /*
   * status.mistral.ai is a Checkly-hosted Nuxt page behind Cloudflare: "There is no public JSON
   * API: /summary.json, RSS, and Instatus-style endpoints all return HTML" (the Statussy worker's
   * checkly-nuxt.js, 2026). Reading its embedded page state would break on any Checkly deploy, so
   * Detour does not; the page is still there for people.
   */
  mistral: undefined,
  /*
   * status.deepseek.com was an Atlassian Statuspage until 2025 (page id 0db0rq26tg1l,
   * CloudAir754/DeepSeekApi_UsePython, 2025-03) and now answers FlashDuty's public, CORS-enabled
   * widget JSON (schema https://docs.flashduty.com/zh/on-call/statuspage/widgets): captures of
   * 2026-07-24 (the AI Status tray app's flashduty.rs) and 2026-09-15 (EdgeTypE/better-deepseek's
   * status monitor). The widget names components only inside incidents, and the page covers the
   * API and the web chat together, so the whole page counts.
   */
  deepseek: {
    kind: 'flashduty',
    url: 'https://status.deepseek.com/api/widget/v1/summary.json',
    page: 'https://status.deepseek.com/',
    components: [],
  },
  /*
   * status.x.ai blocks every endpoint except its RSS feed (a status aggregator's
   * RSSFeedAdapter.swift, 2026); a feed trimmed on 2026-09-03 shows one item per incident and
   * surface, titled "[Grok (Web)] Models outage", with "Status: ACTIVE" / "Severity: outage" in
   * the description, beside "[Grok (iOS)]", "[API (us-east-1.api.x.ai)]" and others. grok.com is
   * the "Grok (Web)" surface.
   */
  grok: {
    kind: 'xai-feed',
    url: 'https://status.x.ai/feed.xml',
    page: 'https://status.x.ai/',
    components: ['Grok (Web)'],
  },
};

/**
 * Match patterns for every status document Detour fetches, for the manifest's host permissions
 * (so the request works whether or not the page sends CORS headers).
 */
export function statusMatchPatterns(): string[] {
  const origins = Object.values(STATUS_SOURCES).flatMap((source) => (source ? [new URL(source.url).origin] : []));
  return [...new Set(origins)].map((origin) => `${origin}/*`);
}
