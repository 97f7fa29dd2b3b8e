import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * poe.com as the stand-in serves it, rebuilt from the markup of tests/fixtures/poe/: the
 * PageWithSidebarLayout columns, ChatMessagesView rows ([id^=message-] ChatMessage_chatMessage
 * with data-complete), the user's Message_rightSideMessageBubble, the bot's header and
 * Message_leftSideMessageBubble with Markdown_markdownContainer and its action bar, the ARIA alert
 * with Retry (an assumption, see SOURCES.md), the footer's ChatBreakButton and the React-controlled
 * GrowingTextArea with ChatMessageSendButton / "Stop message". Module hashes are ones seen in
 * public scripts. Sources: tests/fixtures/poe/SOURCES.md; healthy-*.html, answering-streaming.html,
 * error-alert-in-reply.html, limit-points-dialog.html, page-502-gateway.html.
 * Poe speaks GraphQL (/api/gql_POST) and a websocket; the stand-in posts each prompt to that
 * GraphQL path. `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const FLAT = 'Button_buttonBase__0QP_m Button_flat__dcKQ1';
const text = (body: string) => `<div class="Message_messageTextContainer__w64Sc"><div class="Markdown_markdownContainer__Tz3HQ">${body}</div></div>`;

export const poeKit: StandInKit = {
  site: 'poe',
  host: 'poe.com',
  lang: 'en',
  editor: 'react-textarea',
  endpoint: '/api/gql_POST',
  newChatPath: '/',
  conversationPath: (id) => `/chat/${id}`,
  conversationIdOf: (path) => /^\/chat\/([\w-]+)$/.exec(path)?.[1],

  page: (turns, title) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(title === 'poe' ? 'Poe' : `${title} - Poe`)}</title></head>
  <body>
    <div id="__next">
      <div class="PageWithSidebarLayout_centeringDiv___L9br">
        <aside class="PageWithSidebarLayout_leftSidebar__Y6XQo"><a class="SidebarItem_item__7lP0p" href="/">New chat</a></aside>
        <section class="PageWithSidebarLayout_mainSection__i1yOg">
          <div class="ChatPageMain_container__1aaCT">
            <div class="ChatMessagesScrollWrapper_scrollableContainerWrapper__x8H60"><div class="InfiniteScroll_container__PHsd4 ChatMessagesView_infiniteScroll__vk3VX"><div class="ChatMessagesView_tupleGroupContainer__3b2oF" data-stand-in="turns">${turns}</div></div></div>
            <footer class="ChatPageMainFooter_footer__HnS7R">
              <div class="ChatMessageInputFooter_footer__cc7Bd">
                <button type="button" class="ChatBreakButton_button__zyEye ChatMessageInputFooter_chatBreakButton__hqJ3v" aria-label="Clear context"><svg width="20" height="20" aria-hidden="true"></svg></button>
                <div class="ChatMessageInputContainer_inputContainer__s2AGy">
                  <div class="GrowingTextArea_growWrap___1PZM ChatMessageInputContainer_textArea__fNi6E" data-stand-in="editor"></div>
                  <div data-stand-in="controls"></div>
                </div>
              </div>
            </footer>
          </div>
        </section>
      </div>
    </div>
    <div class="ToastContainer_container__Dg2pS" data-stand-in="toasts"></div>
  </body>
</html>`,

  userTurn: (value, index) =>
    `<div id="message-10${String(index).padStart(2, '0')}" class="ChatMessage_chatMessage__xkgHx" data-complete="true"><div class="ChatMessage_rightSideMessageWrapper__r0roB"><div class="Message_rowWithFooter__FShU6"><div class="Message_row___ur0Y"><div class="Message_rightSideMessageBubble__ioa_i">${text(`<p>${escapeHtml(value)}</p>`)}</div></div></div></div></div>`,

  assistantTurn: (state: AssistantState, index) => {
    const done = !state.streaming && !state.error;
    const bubble = state.html ? text(state.html) : '<div class="Message_messageTextContainer__w64Sc"><div class="ChatMessage_loadingDots__wYpV9" aria-hidden="true"></div></div>';
    const error = state.error ? `<div role="alert" class="Message_errorBanner__x1Vq2">${escapeHtml(state.error)} <button type="button" class="${FLAT}">Retry</button></div>` : '';
    const bar = done
      ? `<section class="ChatMessageActionBar_actionBar__gyeEs"><button type="button" class="${FLAT}" aria-label="Share">Share</button><button type="button" class="${FLAT}" aria-label="Like">Like</button></section>`
      : '';
    return `<div id="message-10${String(index).padStart(2, '0')}" class="ChatMessage_chatMessage__xkgHx" data-complete="${!state.streaming}"><div class="ChatMessage_messageRow__DHlnq"><div class="LeftSideMessageHeader_leftSideMessageHeader__5CfdD"><img class="BotImage_image__w0BmD" alt="" width="20" height="20"><div class="BotHeader_textContainer__kVf_I"><p>GPT-5</p></div></div><div class="Message_rowWithFooter__FShU6"><div class="Message_row___ur0Y"><div class="Message_leftSideMessageBubble__VPdk6">${bubble}${error}</div></div>${bar}</div></div></div>`;
  },

  composerControls: ({ generating, hasText }) =>
    generating
      ? '<button type="button" aria-label="Stop message" class="Button_buttonBase__0QP_m Button_tertiary__KEQm1 ChatStopMessageButton_stopButton__QOW41"><svg viewBox="0 0 24 24" width="24" height="24"><rect x="6" y="6" width="12" height="12"></rect></svg></button>'
      : `<button type="button" aria-label="Send message" class="Button_buttonBase__0QP_m Button_primary__pIDjn ChatMessageSendButton_sendButton__OMyK1 ChatMessageInputContainer_sendButton__s7XkP"${hasText ? '' : ' disabled=""'}><svg viewBox="0 0 24 24" width="24" height="24"><path d="M4 13h14.09l-6.79 6.79a.996.996 0 1 0 1.41 1.41l8.5-8.5"></path></svg></button>`,

  // No Poe toast is public: a status line in a toast container.
  toast: (value) => `<div role="status" class="Toast_toast__Yf4Ek">${escapeHtml(value)}</div>`,

  dialog: (value) =>
    `<div class="Modal_overlay__bmDyX"><div role="dialog" aria-modal="true" class="Modal_modal__SxITf"><h2 class="Modal_title__TwPwo">${escapeHtml(value)}</h2><p>Your points reset tomorrow, or subscribe for more.</p><button type="button" class="${FLAT}" data-stand-in="dismiss">Close</button></div></div>`,

  gatewayErrorFixture: 'page-502-gateway.html',
  editorAttributes: { class: 'GrowingTextArea_textArea__ZWQbP', placeholder: 'Message' },

  // No Poe failure wording is public (SOURCES.md): the stock ones, and the points it charges.
  texts: {
    generationError: 'Something went wrong. Please try again.',
    networkError: 'Network error. Check your connection and try again.',
    rateLimit: 'Too many requests. Please slow down.',
    planLimit: "You're out of compute points",
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'button[aria-label="Send message"]',
    stop: 'button[aria-label="Stop message"]',
    toasts: '[data-stand-in="toasts"]',
  },
};
