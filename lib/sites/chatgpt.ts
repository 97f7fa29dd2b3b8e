import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * ChatGPT (chatgpt.com). Its markup changes often (in 2026 turns moved from <article> to
 * <section>, and a composer without test ids appeared), so each selector is a union of the forms
 * seen, and every fact is cited here and in tests/fixtures/chatgpt/SOURCES.md:
 * - KudoAI/chatgpt.js src/chatgpt.js @87a115b (2026-08): #prompt-textarea, send-button,
 *   stop-button, div[class*=text-error], div.toast-root.
 * - Pedal-Intelligence/saypi-userscript doc/dom/chatgpt/*.html @1906ccd (saved pages, 2025-09):
 *   the ProseMirror composer and hidden fallback textarea, article turns with
 *   data-message-author-role and .markdown, #live-region-assertive/polite (sr-only).
 * - humbertoschoenwald/ai-chat-speed-booster src/content/native/chatgpt @bf741f2 (2026-06):
 *   section turns, "Message delivery timed out" in text-token-text-error with
 *   regenerate-thread-error-button.
 * - yamaizumiminoru/translation-watchdogs chatgpt-error-watchdog (2026): a failed send shows
 *   "Something went wrong. Please try again." with Retry inside the user's turn.
 */
export const chatgpt = {
  id: 'chatgpt',
  name: DIRECTORY.chatgpt.name,
  hosts: ['chatgpt.com', 'chat.openai.com'],
  newChatUrl: 'https://chatgpt.com/',
  // public login automation and web-view wrappers (2025-26) open https://chatgpt.com/auth/login; auth.openai.com, where it leads, is no host of Detour's
  signIn: ['/auth/login'],
  editor: 'prosemirror',
  // Signed out, only a limited guest chat answers (the backend-anon endpoints below), without history.
  needsAccount: DIRECTORY.chatgpt.needsAccount,
  selectors: {
    composer: [
      '#prompt-textarea',
      '[data-composer-markdown][contenteditable="true"]',
      'form[data-type="unified-composer"] [contenteditable="true"]',
      'textarea[name="prompt-textarea"]',
    ].join(', '),
    sendButton: [
      'button[data-testid="send-button"]',
      '#composer-submit-button:not([aria-label*="Stop" i])',
      'form[data-chatgpt-composer] button[type="submit"]',
    ].join(', '),
    generating: [
      'button[data-testid="stop-button"]',
      'button[data-testid="composer-stop-button"]',
      '#composer-submit-button[aria-label*="Stop" i]',
      '[data-message-author-role="assistant"][aria-busy="true"]',
      '.result-streaming',
    ].join(', '),
    turn: '[data-message-author-role="user"], [data-message-author-role="assistant"]',
    userTurn: '[data-message-author-role="user"]',
    assistantTurn: '[data-message-author-role="assistant"]',
    messageBody: '.markdown, .whitespace-pre-wrap, [data-markdown-text-style="assistant-message"]',
    turnError: [
      '[class*="text-token-text-error"]',
      '[class*="surface-error"]',
      '[role="alert"]',
      'div:has(> button[data-testid="regenerate-thread-error-button"])',
    ].join(', '),
    toast: '.toast-root, [data-testid^="toast"], [role="status"], [role="alert"]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
    ignore: '#live-region-assertive, #live-region-polite',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      en: [
        // lencx/ChatGPT#1632 (2025-12), tuttotech.net (2025-10)
        'something went wrong while generating the response',
        'there was an error generating a response',
        // speedbooster ADR (2026-06)
        'message delivery timed out',
        // clubic.com, 2026-02-03 outage
        'something seems to have gone wrong',
        // translation-watchdogs watchdog-core.js (2026)
        'error in message stream',
        'thinking failed',
        'stream cache expired',
        'resume stream unavailable',
        'stream recovery polling timed out',
        'analysis errored',
        'could not load this chatgpt conversation',
        // everything-chatgpt README (404 detail)
        'conversation not found',
      ],
      // unotv.com, ambito.com, kissfm.cl (2026-02-03 outage)
      es: ['algo parece haber salido mal', 'parece que algo salió mal', 'parece que algo ha salido mal'],
      // olhardigital via portalveredao.com.br (2026-02-03), fintechao.com (2025)
      pt: ['parece que algo deu errado', 'algo parece ter dado errado', 'ocorreu um erro de rede'],
      // ilgiornale.it (2025-06-10)
      it: ['qualcosa è andato storto mentre stavamo generando la risposta'],
      // translation-watchdogs (Japanese patterns of its own, 2026)
      ja: ['接続が中断されました'],
      'zh-CN': ['正在尝试重新连接'],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      en: [
        // lencx/ChatGPT#625 (2023)
        'too many requests in 1 hour',
        // KeepChatGPT#319 (2023), BetterChatGPT#446
        "you've reached our limit of messages",
        // KeepChatGPT#271 (2023)
        "you've reached the current usage cap",
        // KeepChatGPT#505 (2025-08)
        "you've hit the free plan limit",
        "you've hit your limit",
        "you've reached your limit",
        // Chat Bridge DOM contract, observed 2026-09-06
        "you've reached the maximum length for this conversation",
        'the conversation is too long',
        // KeepChatGPT#421 (2024), aurora#238: a 403 shown in the UI
        'unusual activity has been detected from your device',
        'you have sent too many messages to the model',
        'only one message at a time',
      ],
      // a German Selenium script reads it from div.text-token-text-error
      de: ['nutzungsobergrenze'],
      vi: ['bạn đã đạt đến giới hạn'],
    }),
    page: {
      // 2022-23 full-page capacity notice; 2023 service banner (everything-chatgpt)
      en: ['chatgpt is at capacity', "we're experiencing exceptionally high demand", 'route error'],
    },
  },
  // Bloom++ and several 2026 interceptors: /backend-api/f/conversation (+ /prepare, /resume);
  // logged out /backend-anon/f/conversation; ChatGPTBox-dev/chatGPTBox still uses /backend-api/conversation.
  chatEndpoints: [
    'https://chatgpt.com/backend-api/conversation*',
    'https://chatgpt.com/backend-api/f/conversation*',
    'https://chatgpt.com/backend-anon/conversation*',
    'https://chatgpt.com/backend-anon/f/conversation*',
  ],
  /*
   * status.openai.com runs on incident.io and still answers the Statuspage-style summary.json:
   * a capture of 2026-10-06 (michaeltheodore1968/aiisdown test/fixtures/openai.json) has page id
   * 01JMDK9XYNY6RXSED6SDWW50WY, ULID component ids and no group fields, and lists "Login" twice
   * (the API's and ChatGPT's), so only "Conversations" names the chat unambiguously. That
   * component sits in the page's "ChatGPT" group described as https://chat.openai.com
   * (ClaudeStats OpenAIStatusUptimeTests, 2026-05). The API's components (Chat Completions,
   * Responses, Fine-tuning…) do not concern chatgpt.com.
   */
  status: {
    kind: 'incident-io',
    url: 'https://status.openai.com/api/v2/summary.json',
    page: 'https://status.openai.com/',
    components: ['Conversations'],
  },
  conversationId: (url) => /^\/(?:g\/[^/]+\/)?c\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
