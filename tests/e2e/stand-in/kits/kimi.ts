import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * www.kimi.com as the stand-in serves it, rebuilt from the markup of tests/fixtures/kimi/: the
 * sidebar, .chat-content-list of .segment.segment-user / .segment.segment-assistant rows
 * ([.segment-avatar | .segment-container] > .segment-content > .segment-content-box), the
 * .markdown-container answer with its div.paragraph blocks, the AI disclaimer and the
 * .segment-assistant-actions, the ARIA alert with Retry (an assumption, see SOURCES.md), the
 * .chat-editor with its Lexical .chat-input-editor, placeholder and the
 * div.send-button-container (disabled / stop), the toast container.
 * Sources: tests/fixtures/kimi/SOURCES.md; healthy-*.html, answering-streaming.html,
 * error-busy-en.html, limit-rate-toast.html, page-502-gateway.html.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const paragraphs = (html: string) => html.replace(/<p>/g, '<div class="paragraph">').replace(/<\/p>/g, '</div>');

export const kimiKit: StandInKit = {
  site: 'kimi',
  host: 'www.kimi.com',
  lang: 'en',
  editor: 'lexical',
  endpoint: '/apiv2/kimi.gateway.chat.v1.ChatService/Chat',
  newChatPath: '/',
  conversationPath: (id) => `/chat/${id}`,
  conversationIdOf: (path) => /^\/chat\/([\w-]+)$/.exec(path)?.[1],

  page: (turns, title) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(title === 'kimi' ? 'Kimi' : `${title} - Kimi`)}</title></head>
  <body>
    <div id="app" data-v-app="">
      <div class="app-layout">
        <aside class="sidebar"><a class="new-chat-btn" href="/">New Chat</a></aside>
        <div class="main">
          <div class="chat-detail-main"><div class="chat-content-list" data-stand-in="turns">${turns}</div></div>
          <div class="chat-editor" data-v-7d2e1f0a="">
            <div class="chat-input"><div class="chat-input-editor-container"><div data-stand-in="editor"></div><div class="chat-input-placeholder">Ask Anything...</div></div></div>
            <div class="chat-editor-action"><div class="left-area"><div class="toolkit-trigger-btn" role="button" aria-label="Tools">+</div></div><div class="right-area"><div class="current-model"><span class="model-name">K2.6</span></div><div data-stand-in="controls"></div></div></div>
          </div>
        </div>
      </div>
    </div>
    <div class="toast-container" data-stand-in="toasts"></div>
  </body>
</html>`,

  userTurn: (text) =>
    `<div class="segment segment-user" data-v-5c1f2d3e=""><div class="segment-container"><div class="segment-content"><div class="segment-content-box"><div class="user-content"><span class="user-content__text">${escapeHtml(text)}</span></div></div><div class="segment-user-actions"><div class="simple-button" data-v-5c1f2d3e="">Edit</div><div class="simple-button" data-v-5c1f2d3e="">Copy</div></div></div></div></div>`,

  assistantTurn: (state: AssistantState) => {
    const done = !state.streaming && !state.error;
    const content = state.html ? `<div class="markdown-container"><div class="markdown">${paragraphs(state.html)}</div></div>` : '';
    const error = state.error ? `<div role="alert" class="segment-error"><span>${escapeHtml(state.error)}</span><div class="simple-button" role="button">Retry</div></div>` : '';
    const after = done
      ? '<div class="segment-tip">本回答由 AI 生成，内容仅供参考，请仔细甄别。</div><div class="segment-assistant-actions"><div class="segment-assistant-actions-content"><div class="icon-button" role="button" aria-label="Copy"><svg name="Copy" width="16" height="16"></svg></div><div class="icon-button" role="button" aria-label="Regenerate"><svg name="Refresh" width="16" height="16"></svg></div></div></div>'
      : '';
    return `<div class="segment segment-assistant" data-v-5c1f2d3e=""><div class="segment-avatar"><img src="/kimi-avatar.png" alt="" width="24" height="24"></div><div class="segment-container"><div class="segment-content"><div class="segment-content-box">${content}${error}</div>${after}</div></div></div>`;
  },

  // One control for both: `disabled` while empty, `stop` while a reply streams.
  composerControls: ({ generating, hasText }) =>
    `<div class="send-button-container${generating ? ' stop' : hasText ? '' : ' disabled'}"><svg name="${generating ? 'Stop' : 'Send'}" class="send-icon" width="16" height="16"></svg></div>`,

  toast: (text) => `<div class="kimi-toast" role="status"><span>${escapeHtml(text)}</span></div>`,

  dialog: (text) =>
    `<div role="dialog" aria-modal="true" class="kimi-modal"><div class="kimi-modal-content"><p>${escapeHtml(text)}</p><div class="simple-button" role="button" data-stand-in="dismiss">OK</div></div></div>`,

  gatewayErrorFixture: 'page-502-gateway.html',
  // Lexical adds data-lexical-editor and its style itself.
  editorAttributes: { class: 'chat-input-editor', role: 'textbox', spellcheck: 'false' },

  // ZeroScript's busy wordings (SOURCES.md); the rest stock.
  texts: {
    generationError: 'The server is busy. Please try again later.',
    networkError: 'Network error. Please check your connection.',
    rateLimit: 'Too many requests. Please try again later.',
    planLimit: "You've hit the rate limit for this model.",
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: '.send-button-container:not(.disabled):not(.stop)',
    stop: '.send-button-container.stop',
    toasts: '[data-stand-in="toasts"]',
  },
};
