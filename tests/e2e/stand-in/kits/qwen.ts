import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * chat.qwen.ai as the stand-in serves it, rebuilt from the markup of tests/fixtures/qwen/: the
 * header's model selector, #chat-message-container with .qwen-chat-message-user
 * (.user-message-content) and .qwen-chat-message-assistant (the "Thought completed" card, the
 * .qwen-markdown answer, the action icons), the Ant Design error Alert in a reply and message
 * toasts (assumed placement, see SOURCES.md), the React-controlled textarea.message-input-textarea
 * with the voice button and button.send-button / button.stop-button.
 * Sources: tests/fixtures/qwen/SOURCES.md; healthy-*.html, answering-streaming.html,
 * error-alert-in-reply.html, limit-rate-toast.html, page-502-gateway.html.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const ACTION = 'qwen-chat-package-comp-new-action-control-container';
const icon = (name: string) =>
  `<span role="img" class="anticon"><svg width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false"><use xlink:href="#icon-line-${name}"></use></svg></span>`;
const markdown = (html: string) => html.replace(/<p>/g, '<div class="qwen-markdown-paragraph"><span class="qwen-markdown-text">').replace(/<\/p>/g, '</span></div>');

export const qwenKit: StandInKit = {
  site: 'qwen',
  host: 'chat.qwen.ai',
  lang: 'en',
  editor: 'react-textarea',
  endpoint: '/api/v2/chat/completions',
  newChatPath: '/',
  conversationPath: (id) => `/c/${id}`,
  conversationIdOf: (path) => /^\/c\/([\w-]+)$/.exec(path)?.[1],

  page: (turns, title) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(title === 'qwen' ? 'Qwen Chat' : `${title} - Qwen`)}</title></head>
  <body>
    <div class="layout-main-chat-panel">
      <header class="header-desktop"><div class="header-content" id="qwen-chat-header-content"><div class="header-left" id="qwen-chat-header-left"><span style="cursor: pointer" class="ant-dropdown-trigger"><div class="index-module__model-selector___rdCim"><div class="index-module__model-selector-text___XvWe0">Qwen3.6-Plus</div></div></span></div></div></header>
      <main class="main-content"><div class="chat-layout chat-desktop"><div class="chat-content" id="dropzone-container"><div class="chat-left">
        <div class="chat-messages" id="chat-messages-scroll-container"><div id="chat-message-container" class="chat-container chat-container-bottom" data-stand-in="turns">${turns}</div></div>
        <div class="chat-layout-input-container"><div class="message-input-wrapper"><div class="message-input-container"><div class="message-input-container-area">
          <div class="mode-select"><span style="cursor: pointer" class="ant-dropdown-trigger"><div class="mode-select-open">${icon('plus-01')}</div></span><input id="filesUpload" multiple="" style="display: none" type="file"></div>
          <div data-stand-in="editor"></div>
          <div class="message-input-right-button"><div class="record-btn-container"><button id="voice-input-button" class="record-btn" type="button" aria-label="Voice Input">${icon('microphone-02')}</button></div><div class="message-input-right-button-send"><div class="chat-prompt-send-button" data-stand-in="controls"></div></div></div>
        </div></div></div></div>
        <div class="chat-container-statement">AI-generated content may not be accurate.</div>
      </div></div></div></main>
    </div>
    <div class="ant-message ant-message-top" style="top: 8px; left: 50%; transform: translateX(-50%)" data-stand-in="toasts"></div>
  </body>
</html>`,

  userTurn: (text, index) =>
    `<div class="qwen-chat-message qwen-chat-message-user" id="qwen-chat-message-user-${index}" style="padding-right: 22px"><div class="chat-user-message-container-wrapper ant-flex" style="gap: 10px"><div class="chat-user-message-container"><div class="chat-user-message-wrapper ant-flex ant-flex-justify-flex-end"><div class="chat-user-message"><div class="chunked-text-renderer-root"><p class="whitespace-pre-wrap user-message-content fade-in" style="line-height: 28px">${escapeHtml(text)}</p></div></div></div></div></div></div>`,

  assistantTurn: (state: AssistantState, index) => {
    const done = !state.streaming && !state.error;
    const thought = state.html
      ? '<div class="qwen-chat-thinking-tool-status-card-wraper ant-flex"><div class="qwen-chat-tool-status-card qwen-chat-thinking-status-card-completed ant-flex" style="gap: 8px"><div class="qwen-chat-thinking-status-card-title-text">Thought completed</div></div></div>'
      : '';
    const content = state.html
      ? `<div class="response-message-content t2t phase-answer"><div class="custom-qwen-markdown"><div class="qwen-markdown qwen-markdown-loose">${markdown(state.html)}</div></div></div>`
      : '';
    const error = state.error
      ? `<div role="alert" class="ant-alert ant-alert-error ant-alert-with-description"><div class="ant-alert-content"><div class="ant-alert-message">${escapeHtml(state.error)}</div></div><button type="button" class="ant-btn ant-btn-link">Retry</button></div>`
      : '';
    const actions = done
      ? `<div class="qwen-chat-package-comp-new-action-control"><div class="qwen-chat-package-comp-new-action-control-icons"><div class="${ACTION} ${ACTION}-copy">${icon('copy-right')}</div><div class="${ACTION} ${ACTION}-refresh">${icon('refresh')}</div></div></div>`
      : '';
    const waiting = state.streaming && !state.html ? ' qwen-chat-message-awaiting-response' : '';
    return `<div class="qwen-chat-message qwen-chat-message-assistant${waiting}" id="qwen-chat-message-assistant-${index}" style="padding-right: 22px"><div class="chat-response-message" id="chat-response-message-${index}"><div class="chat-response-message-right"><div>${thought}${content}${error}</div>${actions}</div></div></div>`;
  },

  composerControls: ({ generating, hasText }) =>
    generating
      ? `<button class="stop-button">${icon('stop')}</button>`
      : `<button class="send-button${hasText ? '' : ' disabled'}"${hasText ? '' : ' disabled=""'}>${icon('arrow-up')}</button>`,

  // An Ant Design message notice (limit-rate-toast.html).
  toast: (text) =>
    `<div class="ant-message-notice-wrapper"><div class="ant-message-notice ant-message-notice-warning"><div class="ant-message-notice-content"><div class="ant-message-custom-content ant-message-warning"><span role="img" aria-label="exclamation-circle" class="anticon anticon-exclamation-circle"></span><span>${escapeHtml(text)}</span></div></div></div></div>`,

  // An Ant Design modal.
  dialog: (text) =>
    `<div class="ant-modal-root"><div class="ant-modal-mask"></div><div tabindex="-1" class="ant-modal-wrap"><div role="dialog" aria-modal="true" class="ant-modal"><div class="ant-modal-content"><div class="ant-modal-body">${escapeHtml(text)}</div><div class="ant-modal-footer"><button type="button" class="ant-btn ant-btn-primary" data-stand-in="dismiss">OK</button></div></div></div></div></div>`,

  gatewayErrorFixture: 'page-502-gateway.html',
  editorAttributes: { class: 'message-input-textarea', placeholder: 'How can I help you today?' },

  // No Qwen failure wording is public (SOURCES.md): the stock ones.
  texts: {
    generationError: 'Something went wrong. Please try again later.',
    networkError: 'Network error. Please check your connection.',
    rateLimit: 'Too many requests, please try again later.',
    planLimit: 'You have reached the rate limit for today.',
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'button.send-button',
    stop: 'button.stop-button',
    toasts: '[data-stand-in="toasts"]',
  },
};
