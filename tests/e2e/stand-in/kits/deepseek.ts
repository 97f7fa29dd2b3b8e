import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * chat.deepseek.com as the stand-in serves it: the 2026 markup of tests/fixtures/deepseek/
 * (healthy-conversation, healthy-new-chat, answering-streaming, error-busy-en,
 * limit-en-too-frequent-toast, page-502-gateway): the ds- design system, messages as .ds-message in
 * [data-virtual-list-item-key] items (the user's marked .d29f3d7d with its text in .fbb737a4, the
 * reply's text in .ds-markdown.ds-assistant-message-main-content, the toolbar .dbe8cf4a), the
 * React-controlled textarea#chat-input, and the one circular div[role=button] that is Send (path
 * M8.3125, aria-disabled until React has text) or Stop (path M2 4.88) while a reply streams.
 * Sources: tests/fixtures/deepseek/SOURCES.md.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const SEND_PATH =
  'M8.3125 0.981648C8.66767 0.627446 9.24183 0.627446 9.597 0.981648L13.8418 5.2153C14.197 5.56951 14.197 6.14219 13.8418 6.49639C13.4866 6.8506 12.9125 6.8506 12.5573 6.49639L9.86328 3.80952V12.7295C9.86328 13.2305 9.45693 13.6357 8.95454 13.6357C8.45215 13.6357 8.0458 13.2305 8.0458 12.7295V3.80952L5.35178 6.49639C4.99661 6.8506 4.42245 6.8506 4.06728 6.49639C3.71211 6.14219 3.71211 5.56951 4.06728 5.2153L8.3125 0.981648Z';
const STOP_PATH =
  'M2 4.88C2 3.68009 2 3.08013 2.30557 2.6596C2.40426 2.52379 2.52379 2.40426 2.6596 2.30557C3.08013 2 3.68009 2 4.88 2H11.12C12.3199 2 12.9199 2 13.3404 2.30557C13.4762 2.40426 13.5957 2.52379 13.6944 2.6596C14 3.08013 14 3.68009 14 4.88V11.12C14 12.3199 14 12.9199 13.6944 13.3404C13.5957 13.4762 13.4762 13.5957 13.3404 13.6944C12.9199 14 12.3199 14 11.12 14H4.88C3.68009 14 3.08013 14 2.6596 13.6944C2.52379 13.5957 2.40426 13.4762 2.30557 13.3404C2 12.9199 2 12.3199 2 11.12V4.88Z';

/** The reply's toolbar: copy, regenerate (the retry icon of the busy notice), like, dislike. */
const TOOLBAR =
  '<div class="dbe8cf4a"><div class="ds-flex"><div class="ds-icon-button" role="button" tabindex="0"><svg width="16" height="16" aria-hidden="true"><path d="M6 2h8v10"></path></svg></div><div class="ds-icon-button" role="button" tabindex="0"><svg width="16" height="16" aria-hidden="true"><path d="M12 .5C18.351.5 23.5 5.649 23.5 12S18.351 23.5 12 23.5"></path></svg></div><div class="ds-icon-button" role="button" tabindex="0"></div><div class="ds-icon-button" role="button" tabindex="0"></div></div></div>';

function circleButton(path: string, disabled: boolean): string {
  return `<div role="button" aria-disabled="${disabled}" class="ds-button ds-button--primary ds-button--filled ds-button--circle ds-button--m _7436101${disabled ? ' ds-button--disabled' : ''}"><div class="ds-button__icon"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="${path}"></path></svg></div></div>`;
}

export const deepseekKit: StandInKit = {
  site: 'deepseek',
  host: 'chat.deepseek.com',
  lang: 'en',
  editor: 'react-textarea',
  endpoint: '/api/v0/chat/completion',
  newChatPath: '/',
  conversationPath: (id) => `/a/chat/s/${id}`,
  conversationIdOf: (path) => /^\/a\/chat\/s\/([\w-]+)$/.exec(path)?.[1],

  // The composer's sizing mirror (.b13855df, a copy of the textarea's text beside it) is left out:
  // React owns the mount, and the stand-in has no text to mirror into it.
  page: (turns, title) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(title)} - DeepSeek</title></head>
  <body>
    <div id="root">
      <div class="ds-theme" style="--ds-rgb-label-1: 15 17 21;">
        <div class="_83421f9">
          <div class="ds-scroll-area _7b1a2c3"><div class="_5a8ac7a" role="button" tabindex="0">New chat</div><a class="_546d736" href="/a/chat/s/6d2c1f7e-0000-4000-8000-0000000000a1">Trip to Lyon</a></div>
          <div class="_7780f2e">
            <div class="ds-scroll-area _765a5cd"><div class="ds-virtual-list"><div class="ds-virtual-list-items"><div class="ds-virtual-list-visible-items" data-stand-in="turns">${turns}</div></div></div></div>
            <div class="_020ab5b">
              <div class="_24fad49" data-stand-in="editor"></div>
              <div class="ec4f5d61">
                <div role="button" class="ds-toggle-button ds-toggle-button--m">DeepThink</div>
                <div role="button" class="ds-toggle-button ds-toggle-button--m">Search</div>
                <div class="bf38813a" data-stand-in="controls"></div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
    <div class="ds-toast-container" data-stand-in="toasts"></div>
  </body>
</html>`,

  userTurn: (text, index) =>
    `<div data-virtual-list-item-key="${index}"><div class="d29f3d7d ds-message _63c77b1"><div class="fbb737a4">${escapeHtml(text)}</div><div class="_78e0558"><div class="ds-icon-button" role="button" tabindex="0" aria-label="Copy"></div><div class="ds-icon-button" role="button" tabindex="0" aria-label="Edit"></div></div></div></div>`,

  // The busy notice (error-busy-en) takes the reply's place, or follows what had streamed; the
  // toolbar shows under every reply that has stopped.
  assistantTurn: (state: AssistantState, index) => {
    const body = state.html ? `<div class="ds-markdown ds-assistant-message-main-content">${state.html}</div>` : '';
    const notice = state.error ? `<div class="e13328ad"><div class="ac2694a7"><span>${escapeHtml(state.error)}</span></div></div>` : '';
    return `<div data-virtual-list-item-key="${index}"><div class="ds-message _63c77b1">${body}${notice}${state.streaming ? '' : TOOLBAR}</div></div>`;
  },

  composerControls: ({ generating, hasText }) =>
    `<input type="file" multiple style="display: none;">${generating ? circleButton(STOP_PATH, false) : circleButton(SEND_PATH, !hasText)}`,

  toast: (text) =>
    `<div class="ds-toast ds-toast--error" role="alert"><div class="ds-toast__content">${escapeHtml(text)}</div></div>`,

  // No DeepSeek dialog is public: a modal named after the ds- design system, like its toast.
  dialog: (text) =>
    `<div role="dialog" aria-modal="true" class="ds-modal"><div class="ds-modal-content"><div class="ds-modal-content__body">${escapeHtml(text)}</div><div class="ds-modal-content__footer"><div role="button" tabindex="0" class="ds-button ds-button--primary ds-button--filled ds-button--rect ds-button--m" data-stand-in="dismiss">OK</div></div></div></div>`,

  gatewayErrorFixture: 'page-502-gateway.html',
  // React renders the textarea (rows=1 there); id, class and placeholder are the site's.
  editorAttributes: { id: 'chat-input', class: '_27c9245 ds-scroll-area', placeholder: 'Message DeepSeek' },

  texts: {
    // Greasy Fork 534488 v2.20 (2025), error-busy-en
    generationError: 'Server busy, please try again later.',
    // deepseek-ai/DeepSeek-R1#119 (2025-01): the web UI's earlier wording of the same notice
    networkError: 'The server is busy. Please try again later.',
    // sebattfg/ZeroScript-Free#78 (2026-09-21), limit-en-too-frequent-toast
    rateLimit: 'Messages too frequent. Try again later',
    // DeepSeek has no paid plan; its only cap wording is the sending-too-fast one.
    planLimit: 'Messages too frequent. Try again later',
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'div[role="button"]:has(path[d^="M8.3125"])',
    stop: 'div[role="button"]:has(path[d^="M2 4.88"])',
    toasts: '[data-stand-in="toasts"]',
  },
};
