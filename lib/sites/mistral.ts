import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Mistral Le Chat (chat.mistral.ai). A Next.js app whose messages carry
 * data-message-author-role and whose answer is a data-message-part-type="answer" part; the
 * composer moved from a textarea (early 2025) to a ProseMirror editor. Le Chat's own error
 * wordings are barely public, so detection leans on structure and the stock phrases; every fact
 * is cited here and in tests/fixtures/mistral/SOURCES.md:
 * - 0-V-linuxdo/Chat-State-Favicons "Le chat/[Le Chat] State Favicons.user.js" v1.0.6
 *   (2025-12-15): .ProseMirror[contenteditable], "Send question", "Stop generation".
 * - robertpiosik/CodeWebChat chatbots/mistral.ts @73df562 (2026-08-11): div[contenteditable],
 *   div[data-message-author-role="assistant"], the stop square `form rect[rx="2"]`.
 * - Le Chat exporters (2025-26): [data-message-author-role], [data-message-id],
 *   [data-message-part-type="answer"|"reasoning"], [data-testid="text-message-part"].
 * - A French Le Chat driver and its tests (2026): the "Envoyer" button beside a hidden submit,
 *   /chat and /work modes, the banner "Limite de messages atteinte … réinitialisée dans …".
 */
export const mistral = {
  id: 'mistral',
  name: DIRECTORY.mistral.name,
  hosts: ['chat.mistral.ai'],
  newChatUrl: 'https://chat.mistral.ai/chat',
  editor: 'prosemirror',
  needsAccount: DIRECTORY.mistral.needsAccount,
  selectors: {
    composer: [
      '.ProseMirror[contenteditable="true"]',
      'form div[contenteditable="true"]',
      'textarea[name="message.text"]',
    ].join(', '),
    // The form also holds a hidden type=submit button; only the visible labelled one sends.
    sendButton: [
      'button[aria-label="Send question"]',
      'form button[aria-label^="Envoyer"]',
      'form button[type="submit"]:not([hidden])',
    ].join(', '),
    generating: [
      'button[aria-label="Stop generation"]',
      'form button:has(svg.lucide-square)',
      'form button:has(rect[rx="2"])',
    ].join(', '),
    turn: '[data-message-author-role="user"], [data-message-author-role="assistant"]',
    userTurn: '[data-message-author-role="user"]',
    assistantTurn: '[data-message-author-role="assistant"]',
    messageBody: [
      '[data-message-part-type="answer"]',
      '[data-message-part-type="reasoning"]',
      '[data-testid="text-message-part"]',
      '[data-message-author-role="user"] .whitespace-pre-wrap',
      '[data-message-author-role="user"] .select-text',
    ].join(', '),
    // No public error-card markup: only an ARIA alert inside the reply counts as structure.
    turnError: '[data-message-author-role="assistant"] [role="alert"]',
    // role=alert is left to turnError: a toast pass would also read alerts kept in old replies.
    toast: '[data-sonner-toast], [role="status"]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
    // Next.js announces every route change (the chat's title) in an off-screen role=alert.
    ignore: 'next-route-announcer, #__next-route-announcer__',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      // French Le Chat driver, "la bannière réelle" (2026)
      fr: ['limite de messages atteinte', 'votre limite sera réinitialisée'],
    }),
    page: {},
  },
  // Reverse-engineered web clients (2025-26): the reply streams from POST /api/chat; a first
  // message goes through the tRPC mutation message.newChat.
  chatEndpoints: [
    'https://chat.mistral.ai/api/chat*',
    'https://chat.mistral.ai/api/trpc/message.newChat*',
  ],
  /*
   * status.mistral.ai is a Checkly-hosted Nuxt page behind Cloudflare: "There is no public JSON
   * API: /summary.json, RSS, and Instatus-style endpoints all return HTML" (the Statussy worker's
   * checkly-nuxt.js, 2026). Reading its embedded page state would break on any Checkly deploy, so
   * Detour does not; the page is still there for people.
   */
  status: undefined,
  conversationId: (url) => /^\/(?:chat|work)\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
