import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Meta AI (www.meta.ai). A React app whose messages are data-message-item rows with ids ending
 * _user or _assistant, the reply marked data-testid="assistant-message" with its streaming state,
 * and whose composer is a contenteditable with data-testid="composer-input". Meta AI's own failure
 * wordings are barely public, so detection leans on structure and the stock phrases. Every fact is
 * cited here and in tests/fixtures/meta/SOURCES.md:
 * - Covai-Labs/ai-chat-exporter tests/fixtures/meta-chat.html @fd9615b (2026-05-21): the message
 *   rows, data-message-type="user" with its data-slot="text" span, data-testid="assistant-message"
 *   with data-streaming-state="DONE" and data-streaming-complete="true", .markdown-content and
 *   .ur-markdown, citation and sources pills, "Regenerate response", "Copy response".
 * - Covai-Labs/decant-core ai/meta.js (2026-08): the same markers, thinking-status.
 * - robertpiosik/CodeWebChat chatbots/meta.ts (2026-04 to 2026-08): www.meta.ai/,
 *   div[contenteditable="true"][data-testid="composer-input"] filled by an `input` InputEvent with
 *   inputType insertText and data (the path Lexical's own input handler takes), composer-send-button
 *   (disabled until the editor holds text), composer-stop-button while generating.
 */
export const meta = {
  id: 'meta',
  name: DIRECTORY.meta.name,
  hosts: ['www.meta.ai', 'meta.ai'],
  newChatUrl: 'https://www.meta.ai/',
  // Meta's own editor library; the insertText InputEvent CodeWebChat relies on is what it handles.
  editor: 'lexical',
  // A guest mode existed in some regions; with no public evidence of one now, a sign-in is assumed.
  needsAccount: DIRECTORY.meta.needsAccount,
  selectors: {
    composer: 'div[contenteditable="true"][data-testid="composer-input"]',
    sendButton: 'button[data-testid="composer-send-button"]',
    generating: [
      'button[data-testid="composer-stop-button"]',
      '[data-testid="assistant-message"][data-streaming-complete="false"]',
    ].join(', '),
    turn: '[data-message-id$="_user"], [data-message-id$="_assistant"]',
    userTurn: '[data-message-id$="_user"], [data-message-type="user"]',
    assistantTurn: '[data-message-id$="_assistant"], [data-testid="assistant-message"]',
    messageBody: '.markdown-content, .ur-markdown, [data-message-type="user"] [data-slot="text"]',
    // No public error-card markup: only an ARIA alert in or after the last reply counts.
    turnError: '[role="alert"]',
    toast: '[role="status"], [data-sonner-toast]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
    // Pills name the pages an answer cites, never Meta AI's own state.
    ignore: '[data-testid="citation-pill"], [data-testid="sources-pill"], [data-testid="thinking-status"]',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR),
    limit: mergePhrases(TOO_MANY_REQUESTS),
    page: {},
  },
  // Meta AI's chat request is not named in any public client, so Detour watches none.
  chatEndpoints: [],
  // Meta publishes no status page for the Meta AI app (metastatus.com covers its business platforms).
  status: undefined,
  // No public capture shows the address of a Meta AI conversation.
  conversationId: () => undefined,
} as const satisfies SiteAdapter;
