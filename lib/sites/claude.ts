import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Claude (claude.ai). Turns are wrappers around a user message or a streaming-aware assistant
 * reply; in 2026-08 the wrapper changed from [data-test-render-count] to a transcript row, so
 * both are matched. Failures of a reply are drawn in the banner slot above the composer (the
 * same slot as the usage-limit banner), not inside the thread. Cited here and in
 * tests/fixtures/claude/SOURCES.md:
 * - a saved claude.ai conversation (late 2025): [data-test-render-count] turns,
 *   [data-testid="user-message"], [data-is-streaming] > .font-claude-response > .standard-markdown.
 * - a public cross-site toolkit's Claude adapter, "found on the live site, 2026-08":
 *   [data-testid="transcript-row"], [role="group"][aria-label="Message actions"].
 * - humbertoschoenwald/ai-chat-speed-booster sites.config.json @bf741f2 (2026-06).
 * - ezyang/refined-claude src/observers @a343085 (2025-05): "Send message" / "Stop response".
 * - MaxITService/OneClickPrompts utils.js @469307e (2026-02): ProseMirror composer, send button.
 * - lugia19/Claude-Usage-Extension @3a22d74 (2026-07): completion endpoints, [data-testid="chat-input"].
 * - a public write-up of the claude.ai bundle's error handling (bundle of 2026-03-22): the
 *   completion error texts; a public reconstruction of its rate-limit banner (text-danger-000).
 * - support.claude.com article 12466728 (en 2026-03, de, ja): limit and capacity texts.
 */
export const claude = {
  id: 'claude',
  name: DIRECTORY.claude.name,
  hosts: ['claude.ai'],
  newChatUrl: 'https://claude.ai/new',
  // web-view sign-in helpers and registration scripts (2025-26) open https://claude.ai/login (?returnTo=…)
  signIn: ['/login'],
  editor: 'prosemirror',
  needsAccount: DIRECTORY.claude.needsAccount,
  selectors: {
    composer: [
      'div.ProseMirror[contenteditable="true"]',
      '[data-testid="chat-input"][contenteditable="true"]',
      'fieldset [contenteditable="true"][role="textbox"]',
      'div[contenteditable="true"][enterkeyhint]',
    ].join(', '),
    sendButton: [
      'button[aria-label="Send message"]',
      'button[aria-label="Send Message"]',
      'button[aria-label="メッセージを送信"]',
    ].join(', '),
    // data-is-streaming can stay "true" on an aborted stream, so the stop button leads.
    generating: ['button[aria-label="Stop response"]', '[data-is-streaming="true"]'].join(', '),
    turn: '[data-test-render-count], [data-testid="transcript-row"]',
    userTurn: '[data-testid="user-message"], .font-user-message',
    assistantTurn: '.font-claude-response, .font-claude-message, [data-is-streaming]',
    messageBody: [
      '[data-testid="user-message"]',
      '.font-claude-response',
      '.font-claude-message',
      '.standard-markdown',
      '.progressive-markdown',
    ].join(', '),
    turnError: '[role="alert"]',
    // The banner above the composer draws its text in text-danger-000; approaching-limit
    // warnings share the slot in a muted colour and read as no failure.
    toast: '[class*="text-danger-000"], [role="alert"], [role="status"]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
    // Danger-coloured or live parts of a reply (tool results, quoted output) are what Claude
    // wrote, in history too; only the app's own banner and toasts speak for the UI.
    ignore: [
      '.font-claude-response [class*="text-danger-000"]',
      '.font-claude-response [role="alert"]',
      '.font-claude-response [role="status"]',
    ].join(', '),
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      en: [
        // claude.ai bundle write-up (2026-03): completion error components
        'response was interrupted',
        'due to unexpected capacity constraints',
        'chatting with claude is currently not available',
        "couldn't connect to claude",
        "this model isn't available right now",
        'claude model version not found',
        'we had an unexpected billing error',
        // same write-up: generic API error toasts (500, HTML error page)
        "this isn't working right now",
        'we are experiencing technical difficulties',
      ],
      // Japanese blogs quoting the capacity message (2025-08, 2026-01)
      ja: ['予期せぬ容量制限'],
      // clickup.com/ko (2026-02), machine-translated quote: weak
      ko: ['예상치 못한 용량 제약'],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      en: [
        // support.claude.com 12466728 (2026-03); "Approaching 5-hour limit" is only a warning
        '5-hour limit reached',
        'your message will exceed the length limit',
        // bundle write-up (2026-03): rate_limit_error and invalid_request_error components
        'hit your limit for claude messages',
        'too many chats going',
        'weekly limit for thinking messages',
        'this conversation is too long to continue',
        "can't be compacted any further",
        // saved page text (free plan) and a 2026 Claude pipeline's own patterns
        'out of free messages',
        'too many responses are running at once',
      ],
      // support.claude.com/de 12466728
      de: ['5-stunden-limit erreicht', 'längenlimit für diesen chat'],
      // support.claude.com/ja 12466728
      ja: ['5時間の制限に達しました', 'このチャットの長さ制限を超えます'],
      // clickup.com/ko (2026-02): weak
      ko: ['이 채팅의 한도를 초과'],
    }),
    page: {
      // the outage page (routes /maintenance, /restricted) and its copy
      en: ['claude will return soon', 'temporary service disruption', 'rate exceeded'],
    },
  },
  // lugia19/Claude-Usage-Extension background.js (2026-07); not /completion_status, a poll.
  chatEndpoints: [
    'https://claude.ai/api/organizations/*/chat_conversations/*/completion',
    'https://claude.ai/api/organizations/*/chat_conversations/*/retry_completion',
  ],
  /*
   * Anthropic's Atlassian Statuspage moved from status.anthropic.com to status.claude.com (page id
   * tymt9n04zgry). A capture of 2026-10-06 (aiisdown test/fixtures/claude.json) lists "claude.ai",
   * "Claude Console (platform.claude.com)", "Claude API (api.anthropic.com)", "Claude Code", …;
   * didevlab/service-checker app/modules/claude/README.md (2026) lists the same names.
   */
  status: {
    kind: 'statuspage',
    url: 'https://status.claude.com/api/v2/summary.json',
    page: 'https://status.claude.com/',
    components: ['claude.ai'],
  },
  conversationId: (url) => /^\/chat\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
