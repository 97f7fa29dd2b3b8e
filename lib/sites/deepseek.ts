import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * DeepSeek (chat.deepseek.com). A React app on DeepSeek's own "ds-" design system: a plain
 * textarea composer, div[role=button] controls told apart by their SVG paths, and messages as
 * .ds-message elements whose author is marked only by hashed classes, so the author selectors
 * require a positive marker and anything unrecognised stays unread. The UI is Chinese or
 * English. Every fact is cited here and in tests/fixtures/deepseek/SOURCES.md:
 * - A DeepSeek web relay's providers.js, real-browser notes of 2026-09-13: textarea.ds-scroll-area,
 *   send path M8.3125, stop path M2 4.88, /api/v0/chat/completion, "页面资源加载异常".
 * - AS-CoreAI/AscoraADE src/main/wprovider/runner.ts and src/preload/wprovider.ts (2026):
 *   .ds-assistant-message-main-content, .ds-button--primary.ds-button--circle, /a/chat/s/<id>,
 *   completion, edit_message, regenerate, continue and resume_stream endpoints.
 * - A DOM contract test of a desktop collector (2026): user .ds-message.d29f3d7d > .fbb737a4,
 *   assistant .ds-message._63c77b1 with .ds-think-content and .ds-markdown.
 * - Greasy Fork 534488 "AutoClick for Server Busy" v2.20 and 526537 (2025): the busy notice in
 *   the reply's place with a retry icon, in English and Chinese.
 */
export const deepseek = {
  id: 'deepseek',
  name: DIRECTORY.deepseek.name,
  hosts: ['chat.deepseek.com'],
  newChatUrl: 'https://chat.deepseek.com/',
  // DeepSeek automation (2025-26) opens https://chat.deepseek.com/sign_in; guests land there
  signIn: ['/sign_in'],
  editor: 'textarea',
  needsAccount: DIRECTORY.deepseek.needsAccount,
  selectors: {
    composer: '#chat-input, textarea.ds-scroll-area, textarea[placeholder*="DeepSeek"]',
    // The same circular control becomes Stop while a reply streams: tell them apart by icon.
    sendButton: [
      'div[role="button"]:has(path[d^="M8.3125"])',
      'div[role="button"].ds-button--primary.ds-button--circle:not(:has(path[d^="M2 4.88"]))',
    ].join(', '),
    generating: 'div[role="button"]:has(path[d^="M2 4.88"])',
    turn: '.ds-message',
    userTurn: '.ds-message.d29f3d7d, .ds-message:has(> .fbb737a4), .ds-message--user',
    assistantTurn: [
      '.ds-message:has(.ds-markdown)',
      '.ds-message:has(.ds-think-content)',
      '.ds-message._63c77b1:not(.d29f3d7d)',
      '.ds-message--assistant',
    ].join(', '),
    // The reasoning's own .ds-markdown counts as message; its "Thought for" label does not.
    messageBody: '.ds-markdown, .fbb737a4',
    turnError: '.ds-message [role="alert"]',
    // .ds-toast follows the design system's naming; no saved toast markup is public.
    toast: '.ds-toast, [role="status"]',
    dialog: '[role="dialog"], [role="alertdialog"], dialog[open]',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR, {
      // deepseek-ai/DeepSeek-R1#119 (2025-01), Greasy Fork 526537; Greasy Fork 534488 v2.20 and a
      // Selenium client's SERVER_BUSY_TEXT (2025)
      en: ['the server is busy', 'server busy, please try again later'],
      // Greasy Fork 526537 (2025), DeepSeek-R1#316 and press of 2025-02
      'zh-CN': ['服务器繁忙'],
    }),
    limit: mergePhrases(TOO_MANY_REQUESTS, {
      // sebattfg/ZeroScript-Free#78 (2026-09-21)
      en: ['messages too frequent'],
      // LLM-Red-Team/deepseek-free-api#84 (2025-02-05)
      'zh-CN': ['发送消息的频率过快'],
    }),
    page: {
      // the relay's notes of 2026-09-13: the whole page when its scripts fail to load
      'zh-CN': ['页面资源加载异常'],
    },
  },
  chatEndpoints: [
    'https://chat.deepseek.com/api/v0/chat/completion*',
    'https://chat.deepseek.com/api/v0/chat/edit_message*',
    'https://chat.deepseek.com/api/v0/chat/regenerate*',
    'https://chat.deepseek.com/api/v0/chat/continue*',
    'https://chat.deepseek.com/api/v0/chat/resume_stream*',
  ],
  /*
   * status.deepseek.com was an Atlassian Statuspage until 2025 (page id 0db0rq26tg1l,
   * CloudAir754/DeepSeekApi_UsePython, 2025-03) and now answers FlashDuty's public, CORS-enabled
   * widget JSON (schema https://docs.flashduty.com/zh/on-call/statuspage/widgets): captures of
   * 2026-07-24 (the AI Status tray app's flashduty.rs) and 2026-09-15 (EdgeTypE/better-deepseek's
   * status monitor). The widget names components only inside incidents, and the page covers the
   * API and the web chat together, so the whole page counts.
   */
  status: {
    kind: 'flashduty',
    url: 'https://status.deepseek.com/api/widget/v1/summary.json',
    page: 'https://status.deepseek.com/',
    components: [],
  },
  conversationId: (url) => /^\/a\/chat\/s\/([\w-]+)/.exec(url.pathname)?.[1],
} as const satisfies SiteAdapter;
