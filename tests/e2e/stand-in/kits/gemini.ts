import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * gemini.google.com as the stand-in serves it: the Angular markup of tests/fixtures/gemini/
 * (healthy-conversation, answering-streaming, error-canned-reply, error-snackbar-13,
 * limit-ja-requests, page-502-google): chat-app with mat-sidenav, infinite-scroller.chat-history,
 * <user-query> (.query-text, p.query-text-line) and <model-response> (message-content
 * .markdown.markdown-main-panel, the response-container-footer once complete), the Quill editor in
 * <rich-textarea>, button.send-button.submit turning into button.send-button.stop, the
 * hallucination disclaimer, snack bars in the CDK overlay container, the live announcer.
 * Sources: tests/fixtures/gemini/SOURCES.md.
 *
 * Departures, each forced by the kit contract or the evidence:
 * - Each turn gets its own .conversation-container (the site wraps a user-query and its
 *   model-response in one), because the stand-in app appends the prompt and the reply separately.
 * - Quill builds its own .ql-container inside <rich-textarea>; on the site <rich-textarea> is
 *   that container.
 * - A failed reply is Gemini's canned failure reply in place of the answer (SOURCES: "they render
 *   where the answer would"), so the words streamed before the failure are not kept.
 * - The only limit wordings on record are the Japanese UI's (SOURCES: no public quote of the
 *   English ones), so the limit snack bar and dialog say them on this otherwise English page.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const ICON_BUTTON = 'mdc-icon-button mat-mdc-icon-button';

const FOOTER = `<div class="response-container-footer"><message-actions class="ng-star-inserted"><div class="actions-container-v2"><div class="buttons-container-v2"><button mat-icon-button aria-label="Good response" class="${ICON_BUTTON}"></button><button mat-icon-button aria-label="Bad response" class="${ICON_BUTTON}"></button><button mat-icon-button aria-label="Copy" class="${ICON_BUTTON}"></button><button mat-icon-button aria-label="Show more options" class="${ICON_BUTTON}"></button></div></div></message-actions></div>`;

function conversationContainer(index: number, content: string): string {
  return `<div class="conversation-container message-actions-hover-boundary ng-star-inserted" id="c_stand_in_${index}">${content}</div>`;
}

/** One p.query-text-line per line of the prompt; an empty line keeps its height with a break. */
function queryLines(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p class="query-text-line ng-star-inserted">${escapeHtml(line) || '<br>'}</p>`)
    .join('');
}

export const geminiKit: StandInKit = {
  site: 'gemini',
  host: 'gemini.google.com',
  lang: 'en',
  editor: 'quill',
  endpoint: '/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate',
  newChatPath: '/app',
  conversationPath: (id) => `/app/${id}`,
  conversationIdOf: (path) => /^\/app\/([\w-]+)$/.exec(path)?.[1],

  page: (turns, title) => `<!doctype html>
<html lang="en" dir="ltr" class="theme-host light-theme">
  <head><meta charset="utf-8"><title>${escapeHtml(title)} - Google Gemini</title></head>
  <body class="theme-host light-theme">
    <chat-app id="app-root"><main class="chat-app">
      <bard-sidenav-container><mat-sidenav class="mat-drawer mat-sidenav mat-drawer-side mat-drawer-opened"><bard-sidenav><side-navigation-content><side-nav-action-button data-test-id="new-chat-button"><a aria-label="New chat" href="/app" class="mat-mdc-button">New chat</a></side-nav-action-button><conversations-list data-test-id="all-conversations"><div class="title-container"><span class="title gds-label-l">Recent</span></div></conversations-list></side-navigation-content></bard-sidenav></mat-sidenav>
      <mat-sidenav-content class="mat-drawer-content mat-sidenav-content"><div class="content-wrapper"><div class="content-container">
        <chat-window class="ng-star-inserted"><div class="chat-container">
          <h1 class="cdk-visually-hidden">Conversation with Gemini</h1>
          <div class="chat-history-scroll-container"><infinite-scroller data-test-id="chat-history-container" class="chat-history" data-stand-in="turns">${turns}</infinite-scroller></div>
          <div class="input-area-container"><input-container class="input-gradient"><input-area-v2 class="ng-star-inserted"><div class="input-area"><div class="text-input-field"><div class="text-input-field_textarea-wrapper"><div class="text-input-field-main-area"><div class="text-input-field_textarea-inner"><rich-textarea class="text-input-field_textarea" enterkeyhint="send" data-stand-in="editor"></rich-textarea></div></div></div><div class="leading-actions-wrapper"><uploader><button mat-icon-button aria-label="Open upload file menu" class="mdc-icon-button"></button></uploader><bard-mode-switcher><button data-test-id="bard-mode-menu-button" aria-label="Open mode picker" class="mat-mdc-button"><div data-test-id="logo-pill-label-container"><span class="ng-star-inserted">Fast</span></div></button></bard-mode-switcher></div><div class="trailing-actions-wrapper" data-stand-in="controls"></div></div></div></input-area-v2></input-container><hallucination-disclaimer><div class="hallucination-disclaimer gds-body-s">Gemini can make mistakes, so double-check it</div></hallucination-disclaimer></div>
        </div></chat-window>
      </div></div></mat-sidenav-content></bard-sidenav-container>
    </main></chat-app>
    <div class="cdk-overlay-container" data-stand-in="toasts"></div>
    <div class="cdk-live-announcer-element cdk-visually-hidden" aria-atomic="true" aria-live="polite" id="cdk-live-announcer-0"></div>
  </body>
</html>`,

  userTurn: (text, index) =>
    conversationContainer(
      index,
      `<user-query class="ng-star-inserted"><span class="user-query-container right-align-content"><user-query-content class="user-query-container"><div class="user-query-container user-query-bubble-container"><div class="file-preview-container"></div><div class="query-content ng-star-inserted" id="user-query-content-${index}"><div class="buttons-container-v2"><button mat-icon-button aria-label="Copy prompt" class="${ICON_BUTTON}"><mat-icon fonticon="content_copy" class="mat-icon google-symbols" aria-hidden="true"></mat-icon></button><button mat-icon-button aria-label="Edit" class="${ICON_BUTTON}"></button></div><span class="user-query-bubble-with-background"><span class="horizontal-container"><div role="heading" aria-level="2" class="query-text gds-body-l" dir="ltr"><span class="cdk-visually-hidden">You said</span>${queryLines(text)}</div></span></span></div></div></user-query-content></span></user-query>`,
    ),

  assistantTurn: (state: AssistantState, index) => {
    // A failure is the canned reply itself, in place of the answer (error-canned-reply.html).
    const html = state.error ? `<p>${escapeHtml(state.error)}</p>` : state.html;
    const processing = state.streaming ? ' processing-state-visible' : '';
    // The footer with the message actions comes only once the reply is complete.
    const footer = state.streaming ? '' : FOOTER;
    return conversationContainer(
      index,
      `<model-response class="ng-star-inserted"><div><response-container class="ng-star-inserted"><div class="response-container response-container-with-gpi"><div class="response-container-header"><div class="response-container-header-controls"></div></div><div class="presented-response-container"><div class="avatar-gutter"><bard-avatar class="avatar-container"></bard-avatar></div><div class="response-container-content"><div class="response-content"><span class="cdk-visually-hidden">Gemini said</span><structured-content-container class="model-response-text${processing}"><message-content class="model-response-text" id="message-content-id-r_${index}"><div class="markdown markdown-main-panel" id="model-response-message-contentr_${index}" dir="ltr">${html}</div></message-content></structured-content-container></div></div></div>${footer}</div></response-container></div></model-response>`,
    );
  },

  composerControls: ({ generating, hasText }) => {
    if (generating) {
      return '<div class="send-button-container visible"><button mat-icon-button class="mat-mdc-icon-button mdc-icon-button send-button stop" aria-label="Stop response" aria-disabled="false"><mat-icon fonticon="stop" class="mat-icon google-symbols stop-icon" aria-hidden="true"></mat-icon></button></div>';
    }
    // aria-disabled, not disabled: the site keeps the button focusable and flips the attribute.
    return `<div class="send-button-container visible"><button mat-icon-button class="mat-mdc-icon-button mdc-icon-button send-button submit" aria-label="Send message" mattooltip="Send message" aria-disabled="${!hasText}"><mat-icon fonticon="send" class="mat-icon google-symbols send-icon" aria-hidden="true"></mat-icon></button></div>`;
  },

  // The steady state of an Angular Material snack bar: the label already moved into the aria-live div.
  toast: (text) =>
    `<div class="cdk-global-overlay-wrapper" dir="ltr" style="justify-content: center; align-items: flex-end;"><div class="cdk-overlay-pane" style="position: static;"><mat-snack-bar-container class="mdc-snackbar mat-mdc-snack-bar-container mdc-snackbar--open"><div class="mdc-snackbar__surface mat-mdc-snackbar-surface"><div class="mat-mdc-snack-bar-label"><div aria-hidden="true"></div><div aria-live="polite"><simple-snack-bar class="mat-mdc-simple-snack-bar ng-star-inserted"><div matsnackbarlabel="" class="mat-mdc-snack-bar-label mdc-snackbar__label">${escapeHtml(text)}</div></simple-snack-bar></div></div></div></mat-snack-bar-container></div></div>`,

  // An Angular Material dialog (Gemini's shell is Angular Material; no capture of a limit dialog exists).
  dialog: (text) =>
    `<mat-dialog-container role="dialog" aria-modal="true" tabindex="-1" class="mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--open"><div class="mdc-dialog__container"><div class="mat-mdc-dialog-surface mdc-dialog__surface"><h2 mat-dialog-title class="mat-mdc-dialog-title mdc-dialog__title">${escapeHtml(text)}</h2><mat-dialog-actions class="mat-mdc-dialog-actions mdc-dialog__actions"><button mat-button class="mat-mdc-button" data-stand-in="dismiss">OK</button></mat-dialog-actions></div></div></mat-dialog-container>`,

  gatewayErrorFixture: 'page-502-google.html',
  // Setting class replaces the list Quill gave its root, so the value keeps Quill's own classes.
  editorAttributes: {
    class: 'ql-editor ql-blank textarea new-input-ui',
    'data-gramm': 'false',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Enter a prompt for Gemini',
    'data-placeholder': 'Ask Gemini',
  },

  texts: {
    // Canned failure replies (public Gemini web clients, wire-capture report, 2026-09/10)
    generationError: 'Sorry, something went wrong. Please try your request again.',
    networkError: 'I encountered an error doing what you asked. Could you try again?',
    // limit-ja-requests.html (choge-blog.com, ty-jos.com; services.awaisora.com, 2025-07-06)
    rateLimit: '現在リクエストが多数届いているため、対応できませんでした。しばらくしてからもう一度お試しください。',
    planLimit: 'リクエストが短期間に集中しています。しばらくしてからもう一度お試しください。',
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'button.send-button.submit',
    stop: 'button.send-button.stop',
    toasts: '[data-stand-in="toasts"]',
  },
};
