import { mergePhrases, NETWORK_ERROR, SOMETHING_WENT_WRONG, TOO_MANY_REQUESTS } from './common-texts';
import type { SiteAdapter } from './types';
import { DIRECTORY } from './directory';

/**
 * Qwen Chat (chat.qwen.ai), Alibaba's chat: a React app on Ant Design, with a plain textarea
 * composer and .qwen-chat-message-user / -assistant rows. A guest can chat without signing in.
 * Qwen's own failure wordings are barely public; Ant Design's alert, message and modal components
 * give the structure, and the stock phrases the words. Every fact is cited here and in
 * tests/fixtures/qwen/SOURCES.md:
 * - Covai-Labs/ai-chat-exporter tests/fixtures/qwen-chat.html @fd9615b (2026-05-21): the message
 *   rows, .user-message-content, the "Thought completed" card, .response-message-content with
 *   .qwen-markdown, code blocks in a Monaco editor (with its own textarea), the composer
 *   textarea.message-input-textarea "How can I help you today?", button.send-button.disabled,
 *   the action icons, "AI-generated content may not be accurate."
 * - jazelly/tokenless test/fixtures/provider-dom/qwen/signed-out-guest/studio-response-complete
 *   (observed 2026-07-29): a guest prompt answered at chat.qwen.ai/c/guest; button.stop-button and
 *   .qwen-chat-message-awaiting-response while a reply is under way.
 * - A Greasy Fork script of 2025 (textarea#chat-input, the older composer) and many API clients
 *   (2025-26): POST https://chat.qwen.ai/api/v2/chat/completions?chat_id=…, /api/v2/chats/new.
 */
export const qwen = {
  id: 'qwen',
  name: DIRECTORY.qwen.name,
  hosts: ['chat.qwen.ai'],
  newChatUrl: 'https://chat.qwen.ai/',
  editor: 'textarea',
  // tokenless saw a guest prompt answered, signed out, on 2026-07-29.
  needsAccount: DIRECTORY.qwen.needsAccount,
  selectors: {
    // Code blocks hold a Monaco editor with a textarea of its own: never "any textarea".
    composer: 'textarea.message-input-textarea, textarea#chat-input',
    sendButton: 'button.send-button:not(.stop-button)',
    generating: 'button.stop-button, .qwen-chat-message-awaiting-response',
    turn: '.qwen-chat-message-user, .qwen-chat-message-assistant',
    userTurn: '.qwen-chat-message-user',
    assistantTurn: '.qwen-chat-message-assistant',
    messageBody: '.qwen-markdown, .user-message-content',
    // Ant Design's Alert (role=alert) in a reply, and its message toasts and modals elsewhere.
    turnError: '.ant-alert-error, [role="alert"]',
    toast: '.ant-message-notice, .ant-notification-notice',
    dialog: '.ant-modal-wrap [role="dialog"], [role="alertdialog"], dialog[open]',
  },
  texts: {
    error: mergePhrases(SOMETHING_WENT_WRONG, NETWORK_ERROR),
    limit: mergePhrases(TOO_MANY_REQUESTS),
    page: {},
  },
  chatEndpoints: ['https://chat.qwen.ai/api/v2/chat/completions*', 'https://chat.qwen.ai/api/v2/chats/new*'],
  // Alibaba Cloud's status page covers its cloud services, not the Qwen Chat app.
  status: undefined,
  // A guest's conversations all sit at /c/guest: that names no conversation.
  conversationId: (url) => {
    const id = /^\/c\/([\w-]+)/.exec(url.pathname)?.[1];
    return id === 'guest' ? undefined : id;
  },
} as const satisfies SiteAdapter;
