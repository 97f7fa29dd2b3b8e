import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Kimi (www.kimi.com, formerly kimi.moonshot.cn), Moonshot AI's chat: a Vue app whose composer is
 * a Lexical editor and whose turns are .segment.segment-user / .segment.segment-assistant. Kimi's
 * own failure markup is not public; detection leans on structure and on the wordings other tools
 * match there. Every fact is cited here and in tests/fixtures/kimi/SOURCES.md:
 * - A ZeroScript provider, providers/kimi.js ("validated live", 2026-06 and 2026-07): the segment
 *   rows ([.segment-avatar | .segment-container]), .segment-content-box holding
 *   .markdown-container and .segment-code, .thinking-container (the reasoning, not the answer),
 *   .segment-assistant-actions, the Lexical .chat-input-editor (data-lexical-editor, text in
 *   span[data-lexical-text]) in .chat-input inside .chat-editor, its .chat-input-placeholder, the
 *   send control div.send-button-container (`disabled` while empty, `stop` for the whole
 *   generation), /chat/<id> conversations and "/" for a new one, the busy wordings it matches
 *   ("server is busy", "系统繁忙", "请稍后再试").
 * - robertpiosik/CodeWebChat chatbots/kimi.ts (2026-01 to 2026-08): www.kimi.com/,
 *   div[contenteditable=true], .segment-assistant-actions-content, .current-model.
 * - A Kimi automation test and a browser handler (2026): .chat-input-editor[role=textbox], a
 *   login modal for signed-out visitors (.login-modal-content, .not-login-container).
 * - Clients of Kimi's web API (2026): POST www.kimi.com/apiv2/kimi.gateway.chat.v1.ChatService/Chat.
 */
export const kimi = {
  id: 'kimi',
  name: DIRECTORY.kimi.name,
  hosts: ['www.kimi.com', 'kimi.com', 'kimi.moonshot.cn'],
  newChatUrl: 'https://www.kimi.com/',
  editor: 'lexical',
  // A signed-out send meets Kimi's login modal (the automation test above tells it from a slow reply).
  needsAccount: DIRECTORY.kimi.needsAccount,
  selectors: {
    // A message being edited mounts a second .chat-input-editor inside the thread; the composer's sits in .chat-editor.
    composer: '.chat-editor .chat-input-editor[contenteditable="true"], .chat-input-editor[data-lexical-editor="true"]',
    // A div, not a button: `disabled` and `stop` are classes.
    sendButton: '.send-button-container:not(.disabled):not(.stop)',
    generating: '.send-button-container.stop',
    turn: '.segment.segment-user, .segment.segment-assistant',
    userTurn: '.segment-user',
    assistantTurn: '.segment-assistant',
    messageBody: '.segment-assistant .markdown-container, .segment-assistant .segment-code, .segment-user .user-content',
    // No public error-card markup: only an ARIA alert in or after the last reply counts.
    turnError: '[role="alert"]',
    toast: '[role="status"], [class*="toast"]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
    // The reasoning drafts and quotes anything; it is never Kimi's own state.
    ignore: '.thinking-container',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      en: ['server is busy'],
      'zh-CN': ['系统繁忙'],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS),
    page: {},
  },
  chatEndpoints: ['https://www.kimi.com/apiv2/kimi.gateway.chat.v1.ChatService/Chat*'],
  /*
   * status.moonshot.cn is a Statuspage for Moonshot's developer platform ("Open API" among its
   * components, 2026): nothing in public captures says it covers the Kimi app, so Detour does not
   * read it as Kimi's status.
   */
  status: undefined,
  conversationId: (url) => /^\/chat\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
