import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Poe (poe.com), Quora's chat with many bots: a Next.js React app styled with CSS modules, so
 * every class is a module name plus a hash (ChatMessage_chatMessage__a1b2c); selectors match the
 * stable prefix only. Poe's failure wordings are barely public, so detection leans on structure
 * and the stock phrases. Every fact is cited here and in tests/fixtures/poe/SOURCES.md:
 * - asllani94/ChatGPTSplitter entrypoints/content/poe.tsx: textarea[class^=GrowingTextArea_textArea],
 *   aria-label "Stop message" while a reply streams, ChatBreakButton_button.
 * - A chat-collector extension's Poe adapter ("Real DOM tested"): ChatMessage_chatMessage rows,
 *   the user's bubble rightSideMessageBubble, messageTextContainer, data-complete="true" once done.
 * - Userscripts, exporters and Selenium clients (2023-26): ChatMessageInputContainer_inputContainer,
 *   ChatMessageSendButton_sendButton (aria-label "Send message"), [id^=message-] rows,
 *   Message_leftSideMessageBubble (the bot's) and Message_rightSideMessageBubble (the user's),
 *   LeftSideMessageHeader, Markdown_markdownContainer, ChatMessagesView_tupleGroupContainer,
 *   ChatMessagesScrollWrapper, poe.com/chat/<id>.
 * - Poe's GraphQL endpoint https://poe.com/api/gql_POST (many clients), used for every query.
 */
export const poe = {
  id: 'poe',
  name: DIRECTORY.poe.name,
  hosts: ['poe.com'],
  newChatUrl: 'https://poe.com/',
  editor: 'textarea',
  // poe.com asks a signed-out visitor to log in before any bot answers.
  needsAccount: DIRECTORY.poe.needsAccount,
  selectors: {
    composer: 'textarea[class*="GrowingTextArea_textArea"], [class*="ChatMessageInputContainer_inputContainer"] textarea',
    sendButton: 'button[class*="ChatMessageSendButton_sendButton"], button[aria-label="Send message"]',
    generating: [
      'button[aria-label="Stop message"]',
      '[class*="ChatMessage_chatMessage__"][data-complete="false"]',
    ].join(', '),
    turn: '[class*="ChatMessage_chatMessage__"]',
    userTurn: '[class*="ChatMessage_chatMessage__"]:has([class*="rightSideMessageBubble"])',
    assistantTurn: '[class*="ChatMessage_chatMessage__"]:has([class*="leftSideMessageBubble"])',
    messageBody: '[class*="Markdown_markdownContainer"], [class*="Message_messageTextContainer"]',
    // No public error-card markup: only an ARIA alert in or after the last reply counts.
    turnError: '[role="alert"]',
    toast: '[role="status"], [class*="Toast_toast"]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      // Poe spends "compute points" per message (creator.poe.com, 2025); running out stops a bot.
      en: ['out of compute points', 'run out of points', 'daily message limit'],
    }),
    page: {},
  },
  // Every Poe query and mutation is a POST to /api/gql_POST: a failed one may be a sidebar list,
  // not the prompt, so the network watch would mistake one for the other. Detour watches none.
  chatEndpoints: [],
  /*
   * status.poe.com is an Atlassian Statuspage: a 2026 survey of AI status pages found
   * /api/v2/status.json answering 200 as Statuspage JSON, and several status monitors read its
   * /api/v2/summary.json. Its component names are not in any public capture, so the whole page counts.
   */
  status: {
    kind: 'statuspage',
    url: 'https://status.poe.com/api/v2/summary.json',
    page: 'https://status.poe.com/',
    components: [],
  },
  conversationId: (url) => /^\/chat\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
