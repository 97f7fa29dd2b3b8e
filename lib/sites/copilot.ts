import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Microsoft Copilot, the consumer chat (copilot.microsoft.com): a React app (TanStack Router)
 * whose composer is a plain React-controlled textarea and whose messages carry
 * data-content="user-message" | "ai-message". The prompt travels over a WebSocket, not fetch.
 * Copilot's own failure wordings are barely public, so detection leans on structure and the stock
 * phrases. Every fact is cited here and in tests/fixtures/copilot/SOURCES.md:
 * - robertpiosik/CodeWebChat chatbots/copilot.ts @584e0bd (2025-10 to 2026-08): textarea,
 *   button[data-testid=submit-button], stop-button, div[data-content=ai-message],
 *   message-item-reactions, copy-ai-message-button.
 * - Covai-Labs/ai-chat-exporter tests/fixtures/copilot.html @cba99bf (2026-07) and
 *   Covai-Labs/decant-core ai/copilot.js (2026-08): group/user-message and group/ai-message
 *   articles, the sr-only "You said" / "Copilot said" headings, ai-message-body,
 *   group/ai-message-item, loading-message.
 * - MeRezaRezaei/ui2api capabilities/copilot (bundle and SSR reading, 2026-09-16):
 *   textarea#userInput with data-testid=composer-input, "Message Copilot", the
 *   wss://copilot.microsoft.com/c/api/chat socket and the /c/api REST surface, ?q= / ?prompt=.
 * - Louarnik/fogbank docs/recherche/constat-copilot.md (2026-01/07) and
 *   sums001/Windows-Copilot-API (2026-06): the React value tracker, POST /c/api/conversations,
 *   the socket's send/appendText/done/error frames, the "not available in your region" notice.
 */
export const copilot = {
  id: 'copilot',
  name: DIRECTORY.copilot.name,
  hosts: ['copilot.microsoft.com'],
  newChatUrl: 'https://copilot.microsoft.com/',
  editor: 'textarea',
  // Signed out, a temporary session answers (/c/api/user/sessions/temporary, ui2api 2026-09) with tighter limits.
  needsAccount: DIRECTORY.copilot.needsAccount,
  // The bundle caps the composer at 10,240 characters (MeRezaRezaei/ui2api, 2026-09).
  maxPromptChars: 10_240,
  selectors: {
    composer: [
      'textarea#userInput',
      'textarea[data-testid="composer-input"]',
      // Placeholders are translated; these only cover the English UI of 2024-26.
      'textarea[placeholder*="Message Copilot"]',
      'textarea[placeholder*="Ask me anything"]',
    ].join(', '),
    sendButton: [
      'button[data-testid="submit-button"]',
      'button[aria-label="Submit message"]',
    ].join(', '),
    generating: [
      'button[data-testid="stop-button"]',
      '[data-content="ai-message"] [data-testid="loading-message"]',
    ].join(', '),
    turn: '[data-content="user-message"], [data-content="ai-message"]',
    userTurn: '[data-content="user-message"]',
    assistantTurn: '[data-content="ai-message"]',
    messageBody: [
      '[class~="group/ai-message-item"]',
      // If the item class is renamed: the body's untagged children (reactions, loading and
      // suggestions all carry test ids), so a quoted error is never read as the UI's.
      '[data-content="ai-message"] [data-testid="ai-message-body"] > div:not([data-testid])',
    ].join(', '),
    // No public error-card markup: only an ARIA alert in or after the last message counts.
    turnError: '[role="alert"]',
    // Notices outside the conversation only (the portal the app's menus use, or the body): an
    // alert inside the thread is history once a newer message follows.
    toast: [
      '#popoverPortal [role="alert"]',
      '#popoverPortal [role="status"]',
      'body > [role="alert"]',
      '[data-testid*="toast" i]',
    ].join(', '),
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
    // Sources and suggestions quote other pages' titles, never Copilot's own state.
    ignore: [
      '[data-testid="citation-list"]',
      '[data-testid="chat-suggestion"]',
      '[data-testid="suggestion-chip"]',
    ].join(', '),
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      en: [
        // it.ittrip.xyz (2025): Copilot's popup "Unexpected Error Occurred. Reload page and try again"
        'unexpected error occurred',
        'reload page and try again',
        // windowsforum.com (2026-02): the fallback reply during Microsoft 365 Copilot incident
        // CP1193544; the consumer chat shares the wording family
        "sorry, i wasn't able to respond",
      ],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      en: [
        // fl2on/Copilot-Chat-Pro#4 (2024-07-05), quoting the copilot.microsoft.com UI
        "you've reached the limit of messages you can send to copilot",
        // techcommunity.microsoft.com thread 4137520 (2024-26): conversation length cap
        'this conversation has reached its limit',
        // learn.microsoft.com Q&A 5842348 (2026): image and vision quotas
        'daily limit reached',
      ],
      // cse-blog.com (2025-26), Copilot Chat with enterprise data protection; not seen on the
      // consumer site, kept because the wording is shared across Copilot surfaces
      ja: ['この会話は終了しました'],
    }),
    page: {
      // sums001/Windows-Copilot-API copilot/browser.py (2026-06) tests the page for this notice
      en: ['not available in your region', "isn't available in your region"],
    },
  },
  // The reply streams over a WebSocket; webRequest sees only its handshake (a 429 or 5xx there,
  // or a network error). After the upgrade, failures arrive as in-band "error" frames it cannot
  // read. A new conversation is created first with POST /c/api/conversations.
  chatEndpoints: [
    'wss://copilot.microsoft.com/c/api/chat*',
    'https://copilot.microsoft.com/c/api/conversations*',
  ],
  /*
   * Microsoft publishes no public status feed for consumer Copilot (copilot.microsoft.com): its
   * service health lives in the Microsoft 365 admin center, per tenant, behind a sign-in
   * (windowsnews.ai "Is Microsoft Copilot down?", 2025-11; aiisdown src/platforms.js, 2026:
   * "Microsoft publishes no status feed we can read for the consumer Copilot app").
   */
  status: undefined,
  conversationId: (url) => {
    const id = /^\/chats\/([\w-]+)/.exec(url.pathname)?.[1];
    return id === 'new' ? undefined : id;
  },
} as const satisfies SiteAdapter;
