import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Perplexity (www.perplexity.ai). A Next.js app behind Cloudflare; the composer #ask-input became
 * a Lexical contenteditable in 2025 (it was a textarea). Threads carry almost no semantic
 * attributes: each exchange sits in the Radix "Answer" tab panel (id ending in -content-default)
 * as a query block (h1.group/query) followed by the answer (#markdown-content-N, .prose). Its own
 * error cards are not public, so an in-thread failure is only read from an ARIA alert; toasts,
 * dialogs, error pages and the network carry the rest. Every fact is cited here and in
 * tests/fixtures/perplexity/SOURCES.md:
 * - Covai-Labs/ai-chat-exporter tests/fixtures/perplexity-chat.html @fd9615b (saved thread,
 *   2026-05): the tab panel, h1.group/query, "Edit query"/"Copy query", #markdown-content-0,
 *   .prose, "Prepared using …", the Share/Copy/Rewrite/Helpful action row.
 * - robertpiosik/CodeWebChat chatbots/perplexity.ts (2025-06 to 2026-01, removed 2026-01-08):
 *   div[contenteditable], submit-button then button.bg-super, stop-generating-response-button,
 *   filling by an input InputEvent of type insertText.
 * - Sukarth/perplexity-web-mcp-extension js/content.js @d87a69e (2025-08): div#ask-input,
 *   button[aria-label="Submit"], execCommand('insertText') per line with Shift+Enter between.
 * - 0-V-linuxdo/Chat-State-Favicons Perplexity v1.0.6 (2025-12-15): "Stop generating response".
 * - ckep1/pplxport (2026-04): .max-w-threadContentWidth, h1.group/query, copy-query-button.
 * - Several 2025-26 clients: the answer streams from POST /rest/sse/perplexity_ask.
 */
export const perplexity = {
  id: 'perplexity',
  name: DIRECTORY.perplexity.name,
  hosts: ['www.perplexity.ai', 'perplexity.ai'],
  newChatUrl: 'https://www.perplexity.ai/',
  editor: 'lexical',
  needsAccount: DIRECTORY.perplexity.needsAccount,
  selectors: {
    composer: [
      '#ask-input',
      'div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]',
    ].join(', '),
    // A 2025-12 driver dropped the test id for a class; aria-label "Submit" is translated.
    sendButton: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]'].join(', '),
    generating: [
      'button[data-testid="stop-generating-response-button"]',
      'button[aria-label="Stop generating response"]',
    ].join(', '),
    turn: [
      '[role="tabpanel"][id$="-content-default"] > div > div:has([class~="group/query"])',
      '[id^="markdown-content-"]',
    ].join(', '),
    userTurn: '[role="tabpanel"][id$="-content-default"] > div > div:has([class~="group/query"])',
    assistantTurn: '[id^="markdown-content-"]',
    messageBody: '.prose, [class~="group/query"]',
    turnError: '[role="alert"]',
    // Portalled notices only: an ARIA alert inside the thread is history once a newer turn
    // follows, so it must not be read again as a toast.
    toast: [
      '[role="region"][aria-label^="Notifications"] [role="status"]',
      '[role="region"][aria-label^="Notifications"] [role="alert"]',
      '[data-sonner-toast]',
    ].join(', '),
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
    // Next.js announces every route change (the thread's title, i.e. the query) in an off-screen
    // role=alert; Radix popovers (citation previews, menus) show other pages' words.
    ignore: 'next-route-announcer, #__next-route-announcer__, [data-radix-popper-content-wrapper]',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      // aiinsightsnews.net (2026) and ai-fix-hub (2026-05) troubleshooting guides; weak evidence
      en: ['internal error', 'query failed', 'error in processing query'],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      // fixaierrors.com, wisechecker.com, ai-fix-hub (2026) guides quoting the notices; weak
      en: ['pro search limit', 'search limit reached', 'search limit exceeded'],
    }),
    page: {},
  },
  // Clients of 2025-26 (unofficial APIs, PII filters, mobile-app wrappers) all post the prompt
  // to /rest/sse/perplexity_ask and read the answer as text/event-stream.
  chatEndpoints: [
    'https://www.perplexity.ai/rest/sse/perplexity_ask*',
    'https://perplexity.ai/rest/sse/perplexity_ask*',
  ],
  /*
   * Perplexity's page (status.perplexity.com) is hosted by Instatus, whose public /summary.json
   * gives page status UP | HASISSUES | UNDERMAINTENANCE and the active incidents
   * (https://instatus.com/help/api/public-data; the Statussy worker's instatus.js, 2026, "SMA-20:
   * Perplexity via Instatus"). summary.json names no components, so the whole page counts; it
   * covers the API as well as the app.
   */
  status: {
    kind: 'instatus',
    url: 'https://status.perplexity.com/summary.json',
    page: 'https://status.perplexity.com/',
    components: [],
  },
  conversationId: (url) => {
    const slug = /^\/search\/([^/?#]+)/.exec(url.pathname)?.[1];
    return slug === 'new' ? undefined : slug;
  },
} as const satisfies SiteAdapter;
