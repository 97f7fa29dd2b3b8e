import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Duck.ai (duck.ai), DuckDuckGo's chat: free and anonymous, no account. A React app whose
 * composer is a plain textarea and whose messages carry data-testid="user-message" or an id
 * ending in -assistant-message-N (its "Duck.ai said" heading shares the id, prefixed heading-).
 * Duck.ai's own failure markup and wordings are not public, so detection leans on ARIA structure
 * and the stock phrases. Every fact is cited here and in tests/fixtures/duckai/SOURCES.md:
 * - A browser bridge's provider table, Duck.ai "LIVE-VERIFIED (2026-07-19)": duck.ai/chat,
 *   textarea[name=user-prompt] in [data-testid=duckai-chat-input], the "Ask" submit, "Stop
 *   generating", [data-testid=user-message], div[id*=-assistant-message-]:not([id^=heading-]),
 *   model-picker-button, "No account".
 * - An "Ask Duck.ai" extension's injector v4.7 (2026): the React value setter, the "Anonymized by
 *   DuckDuckGo" notice between a prompt and its answer, [data-testid=assistant-message] on some
 *   builds, the bot challenge ("bots use DuckDuckGo too").
 * - A web-LLM test of 2026-10 (synthetic copy of the markup): h3 "Duck.ai said", the answer in
 *   .space-y-4.whitespace-normal, "Copy to clipboard"; an Italian client: form[data-chat-footer].
 * - duckduckgo/duckduckgo-help-pages _docs/duckai/ (usage-limits.md, aichat-index.md): free,
 *   anonymous, "a daily limit on usage", recent chats stored on the device.
 */
export const duckai = {
  id: 'duckai',
  name: DIRECTORY.duckai.name,
  hosts: ['duck.ai'],
  newChatUrl: 'https://duck.ai/chat',
  editor: 'textarea',
  // "Duck.ai is free to use" and anonymous (help pages): nothing to sign in to.
  needsAccount: DIRECTORY.duckai.needsAccount,
  selectors: {
    composer: 'textarea[name="user-prompt"], [data-testid="duckai-chat-input"] textarea',
    sendButton: [
      'button[type="submit"][aria-label="Ask"]',
      'form[data-chat-footer] button[type="submit"]:not([aria-label="Stop generating"])',
    ].join(', '),
    generating: 'button[aria-label="Stop generating"]',
    turn: '[data-testid="user-message"], div[id*="-assistant-message-"]:not([id^="heading-"])',
    userTurn: '[data-testid="user-message"]',
    assistantTurn: 'div[id*="-assistant-message-"]:not([id^="heading-"]), [data-testid="assistant-message"]',
    messageBody: '.space-y-4.whitespace-normal, [data-testid="user-message"] .whitespace-pre-wrap',
    // No public error-card markup: only an ARIA alert in or after the last reply counts.
    turnError: '[role="alert"]',
    // No public toast markup either: a status region outside the conversation, with failure words.
    toast: '[role="status"]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR),
    // The help pages speak of "a daily limit on usage"; the UI's own sentence is not public.
    limit: mergePhrases(TOO_MANY_REQUESTS, { en: ['daily limit', 'usage limit'] }),
    page: {},
  },
  // The reply streams from https://duckduckgo.com/duckchat/v1/chat (two Playwright clients of
  // duck.ai, 2025-26): a host Detour does not ask for, since it would cover all of DuckDuckGo's
  // search. The page's own words (and a stall) report failures.
  chatEndpoints: [],
  // DuckDuckGo publishes no status page for Duck.ai (none is linked from its help pages).
  status: undefined,
  // Recent chats live on the device and the address stays /chat: no id in the URL.
  conversationId: () => undefined,
} as const satisfies SiteAdapter;
