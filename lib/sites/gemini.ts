import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Gemini (gemini.google.com), an Angular app: turns are <user-query> and <model-response>
 * custom elements inside .conversation-container rows of infinite-scroller.chat-history; the
 * composer is a Quill editor in <rich-textarea>; the send button turns into the stop button
 * (class .stop, aria-label "Stop response"). Cited here and in tests/fixtures/gemini/SOURCES.md:
 * - a Gemini exporter's DOM guide, observed 2026-01-10/11 in the Japanese and English UI.
 * - a public browser-automation tool's Gemini driver (late 2026, "3.8 Flash"): composer, send,
 *   stop and response selectors.
 * - MaxITService/OneClickPrompts utils.js @469307e (2026-02): send, stop, thread root.
 * - humbertoschoenwald/ai-chat-speed-booster sites.config.json @bf741f2 (2026-06).
 * - a Gemini benchmark scraper (2026): "Something went wrong (13)" banner, send/stop, footer.
 * - a Gemini storybook bot's selector bundle: Russian UI texts.
 */
export const gemini = {
  id: 'gemini',
  name: DIRECTORY.gemini.name,
  hosts: ['gemini.google.com'],
  newChatUrl: 'https://gemini.google.com/app',
  editor: 'quill',
  needsAccount: DIRECTORY.gemini.needsAccount,
  selectors: {
    // Not bare [contenteditable]: Quill keeps a hidden contenteditable .ql-clipboard beside it.
    composer: [
      'rich-textarea .ql-editor[contenteditable="true"]',
      'div.ql-editor.textarea[contenteditable="true"]',
      '.ql-editor[role="textbox"][contenteditable="true"]',
    ].join(', '),
    sendButton: [
      'button.send-button:not(.stop)',
      'input-area-v2 button[aria-label="Send message"]',
      'button[aria-label="Send message"]',
      'button[mattooltip="Send message"]',
      'button[data-test-id="send-button"]',
    ].join(', '),
    generating: ['button[aria-label="Stop response"]', 'button.send-button.stop'].join(', '),
    turn: 'user-query, model-response',
    userTurn: 'user-query',
    assistantTurn: 'model-response',
    messageBody: '.markdown, .query-text, model-thoughts',
    turnError: '[role="alert"]',
    // Angular Material snack bar; its text sits in an aria-live child once announced.
    toast: 'mat-snack-bar-container, .mat-mdc-snack-bar-container, simple-snack-bar',
    dialog: 'mat-dialog-container, [role="dialog"], [role="alertdialog"]',
    ignore: '.cdk-live-announcer-element',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      // "Something went wrong (13)" (also 1099, 1076) and "Что-то пошло не так (13)" are
      // covered by the stock phrases (benchmark scraper, storybook bot, 2026 outage coverage).
      en: [
        // canned replies observed on the wire (2026-10), also shown as notices
        'i encountered an error doing what you asked',
        'i seem to be encountering an error',
        'please try your request again',
      ],
      // wakaran.net (2026-02), morinokabu.com (2025-12): "エラーが発生しました (13)"
      ja: ['しばらくしてからもう一度お試しください'],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      // choge-blog.com, ty-jos.com, services.awaisora.com (2025-07)
      ja: ['リクエストが多数届いているため', 'リクエストが短期間に集中しています'],
    }),
    // Public Gemini web clients and a wire-capture report (2026-09/10): these take the answer's place.
    cannedReply: {
      en: [
        'sorry, something went wrong',
        'i encountered an error doing what you asked',
        'i seem to be encountering an error',
        'please try your request again',
      ],
    },
    page: {
      // Google's own 5xx page ("502. That’s an error."), served by its front end
      en: ["that's an error", 'the server encountered a temporary error'],
    },
  },
  // Public Gemini web clients (2026-07 build labels); /u/<n>/ prefixes for extra accounts.
  chatEndpoints: ['https://gemini.google.com/*/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate*'],
  /*
   * Google has no status page for the Gemini app; its Workspace status dashboard lists "Gemini" as
   * a product (id npdyhgECDJ6tB66MxXyo, history page below) in the dashboard's incidents.json:
   * steipete/CodexBar docs/status.md and GoogleWorkspaceStatusTests (2025-12, 2026-05). Google
   * Cloud's feed (status.cloud.google.com) covers Vertex AI and the Gemini API, not the app.
   */
  status: {
    kind: 'google-workspace',
    url: 'https://www.google.com/appsstatus/dashboard/incidents.json',
    page: 'https://www.google.com/appsstatus/dashboard/products/npdyhgECDJ6tB66MxXyo/history',
    components: ['Gemini'],
    optional: true,
  },
  conversationId: (url) => /^(?:\/u\/\d+)?\/(?:app|gem\/[^/]+)\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
