import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Grok (grok.com). Each message sits in a div#response-<uuid>, the user's right-aligned
 * (items-end), Grok's left-aligned (items-start), with a .message-bubble marked
 * data-testid="user-message" or "assistant-message" and the text in .response-content-markdown.
 * The composer is a Tiptap/ProseMirror editor (a textarea in older and guest builds). Usage
 * limits are drawn as a card in the thread that stays there, so only the last exchange counts.
 * Every fact is cited here and in tests/fixtures/grok/SOURCES.md:
 * - 0-V-linuxdo/Chat-State-Favicons "grok/[Grok] State Favicons.user.js" v1.0.6 (2025-12-15):
 *   .tiptap.ProseMirror, "Stop model response".
 * - Greasy Fork 533963 "Grok Rate Limit Display" v5.2 (late 2025): .query-bar, the Submit button,
 *   textarea[aria-label*="Ask Grok"].
 * - A French Grok driver and its tests (2026): chat-submit, chat-stop, the card "Free tier limit
 *   reached" kept in the transcript, "Limite levée dans … / Atteignez ou passez à SuperGrok".
 * - A Grok collector (2026): [data-testid="chat-transcript-scroller"] (aria-busy while
 *   streaming), [data-plane-row], #response-<uuid>, user-message / assistant-message.
 * - Aurora relay notes (2026-07-22) and a provider-health module (2026-09): the Range+Selection
 *   insert, "N hours N minutes before limit is gone", "Wait or upgrade to SuperGrok".
 */
export const grok = {
  id: 'grok',
  name: DIRECTORY.grok.name,
  hosts: ['grok.com'],
  newChatUrl: 'https://grok.com/',
  editor: 'prosemirror',
  needsAccount: DIRECTORY.grok.needsAccount,
  selectors: {
    composer: [
      '.query-bar .ProseMirror[contenteditable="true"]',
      'div.tiptap.ProseMirror[contenteditable="true"]',
      'textarea[aria-label*="Ask Grok"]',
      '.query-bar textarea',
    ].join(', '),
    sendButton: 'button[data-testid="chat-submit"], button[type="submit"][aria-label="Submit"]',
    generating: [
      'button[data-testid="chat-stop"]',
      'button[aria-label="Stop model response"]',
      '[data-testid="chat-transcript-scroller"][aria-busy="true"]',
    ].join(', '),
    turn: 'div[id^="response-"]',
    userTurn: 'div[id^="response-"].items-end, [data-testid="user-message"]',
    assistantTurn: 'div[id^="response-"].items-start, [data-testid="assistant-message"]',
    messageBody: '.response-content-markdown',
    turnError: 'div[id^="response-"] [role="alert"]',
    // role=alert is left to turnError: a toast pass would also read alerts kept in old replies.
    toast: '[data-sonner-toast], [role="status"]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
    ignore: 'next-route-announcer, #__next-route-announcer__',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      en: [
        // copied from the page (2026) and Grok clients' error handling (2025-26)
        'grok is under heavy usage',
        // a Grok automation script's failure marker (2026)
        'unable to finish',
      ],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      en: [
        // measured on grok.com 2026-09-24; provider-health tests (2026-09-18)
        'before limit is gone',
        'wait or upgrade to supergrok',
        "you've reached your supergrok limit",
        // French driver's note on the card left in the transcript (2026)
        'free tier limit reached',
        // grok3api's UI error keywords (2025-26)
        'message limit reached',
      ],
      // French driver test: "message réellement affiché par l'UI" (2026)
      fr: ['limite levée dans', 'atteignez ou passez à supergrok'],
      // grok3api's UI error keywords for the Vietnamese UI (2025-26)
      vi: ['đã đạt giới hạn'],
    }),
    page: {},
  },
  // Grok web clients (2025-26): a new chat streams from conversations/new, a follow-up from
  // conversations/<id>/responses; a dropped stream resumes on reconnect-response-v2.
  chatEndpoints: [
    'https://grok.com/rest/app-chat/conversations/new*',
    'https://grok.com/rest/app-chat/conversations/*/responses*',
    'https://grok.com/rest/app-chat/conversations/reconnect-response-v2/*',
  ],
  /*
   * status.x.ai blocks every endpoint except its RSS feed (a status aggregator's
   * RSSFeedAdapter.swift, 2026); a feed trimmed on 2026-09-03 shows one item per incident and
   * surface, titled "[Grok (Web)] Models outage", with "Status: ACTIVE" / "Severity: outage" in
   * the description, beside "[Grok (iOS)]", "[API (us-east-1.api.x.ai)]" and others. grok.com is
   * the "Grok (Web)" surface.
   */
  status: {
    kind: 'xai-feed',
    url: 'https://status.x.ai/feed.xml',
    page: 'https://status.x.ai/',
    components: ['Grok (Web)'],
  },
  conversationId: (url) => /^\/(?:c|chat)\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
