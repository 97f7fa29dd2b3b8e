import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * chatgpt.com as the stand-in serves it: the 2025 markup of tests/fixtures/chatgpt/ (ProseMirror
 * #prompt-textarea beside the hidden fallback textarea, article turns with
 * data-message-author-role, .markdown bodies, the error card with
 * regenerate-thread-error-button, toast-root, the live regions). Sources: tests/fixtures/chatgpt/SOURCES.md.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const ACTIONS =
  '<div class="flex min-h-[46px] justify-start"><div class="flex flex-wrap items-center"><button class="text-token-text-secondary rounded-lg" aria-label="Copy" data-testid="copy-turn-action-button"></button><button class="text-token-text-secondary rounded-lg" aria-label="Good response" data-testid="good-response-turn-action-button"></button><button class="text-token-text-secondary rounded-lg" aria-label="Bad response" data-testid="bad-response-turn-action-button"></button><button type="button" aria-label="Switch model" aria-haspopup="menu" data-state="closed" class="rounded-lg"></button></div></div>';

function errorCard(text: string): string {
  return `<div class="flex flex-col items-start gap-3 py-2"><div class="text-token-text-error border-token-border-heavy rounded-2xl border px-3 py-2 text-sm">${escapeHtml(text)}</div><button class="btn relative btn-secondary btn-small" data-testid="regenerate-thread-error-button"><div class="flex w-full items-center justify-center gap-1.5">Retry</div></button></div>`;
}

export const chatgptKit: StandInKit = {
  site: 'chatgpt',
  host: 'chatgpt.com',
  lang: 'en-US',
  editor: 'prosemirror',
  endpoint: '/backend-api/f/conversation',
  newChatPath: '/',
  conversationPath: (id) => `/c/${id}`,
  conversationIdOf: (path) => /^\/c\/([\w-]+)$/.exec(path)?.[1],

  page: (turns, title) => `<!doctype html>
<html lang="en-US">
  <head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
  <body class="">
    <div class="flex h-svh w-screen flex-col">
      <div class="relative z-0 flex min-h-0 w-full flex-1">
        <nav class="bg-token-sidebar-surface-primary" aria-label="Chat history"><a href="/" data-testid="create-new-chat-button">New chat</a></nav>
        <main id="main" class="relative h-full w-full flex-1 overflow-auto">
          <div id="thread" class="group/thread flex h-full flex-col overflow-y-auto">
            <div role="presentation" class="composer-parent flex flex-1 flex-col">
              <div class="flex flex-col text-sm pb-25" data-stand-in="turns">${turns}</div>
              <div id="thread-bottom-container" class="sticky bottom-0 w-full">
                <form class="group/composer w-full" data-type="unified-composer">
                  <div class="bg-token-bg-primary flex cursor-text flex-col rounded-[28px]">
                    <div class="relative mx-5 flex min-h-14 flex-auto items-start">
                      <textarea class="_fallbackTextarea_ebv8s_2" name="prompt-textarea" placeholder="Ask anything" style="display: none;"></textarea>
                      <div class="max-h-52 flex-1 overflow-auto" data-stand-in="editor"></div>
                    </div>
                    <div class="flex items-center gap-2" data-stand-in="controls"></div>
                  </div>
                </form>
                <div class="text-token-text-secondary text-center text-xs">ChatGPT can make mistakes. Check important info.</div>
              </div>
            </div>
          </div>
        </main>
      </div>
    </div>
    <div data-stand-in="toasts" class="pointer-events-none fixed inset-0 z-[60] flex flex-col items-center"></div>
    <div aria-live="assertive" aria-atomic="true" class="sr-only" id="live-region-assertive"></div><div aria-live="polite" aria-atomic="true" class="sr-only" id="live-region-polite"></div>
  </body>
</html>`,

  userTurn: (text, index) => `<article class="text-token-text-primary w-full" tabindex="-1" dir="auto" data-testid="conversation-turn-${index}" data-turn="user">
  <h5 class="sr-only">You said:</h5>
  <div class="text-base my-auto mx-auto"><div class="flex max-w-full flex-col grow">
    <div data-message-author-role="user" data-message-id="u${index}" dir="auto" class="min-h-8 text-message relative flex w-full flex-col items-end gap-2">
      <div class="flex w-full flex-col gap-1 items-end"><div class="user-message-bubble-color relative rounded-[18px] px-4 py-1.5"><div class="whitespace-pre-wrap">${escapeHtml(text)}</div></div></div>
    </div>
  </div></div>
</article>`,

  assistantTurn: (state: AssistantState, index) => {
    const body = state.html
      ? `<div class="markdown prose dark:prose-invert w-full break-words light markdown-new-styling${state.streaming ? ' result-streaming' : ''}">${state.html}</div>`
      : '';
    const done = !state.streaming && !state.error;
    return `<article class="text-token-text-primary w-full" tabindex="-1" dir="auto" data-testid="conversation-turn-${index}" data-turn="assistant">
  <h6 class="sr-only">ChatGPT said:</h6>
  <div class="text-base my-auto mx-auto"><div class="flex max-w-full flex-col grow">
    <div data-message-author-role="assistant" data-message-id="a${index}" dir="auto" class="min-h-8 text-message relative flex w-full flex-col items-end gap-2" data-message-model-slug="gpt-5">
      <div class="flex w-full flex-col gap-1 empty:hidden">${body}</div>${state.error ? errorCard(state.error) : ''}
    </div>
    ${done ? ACTIONS : ''}
  </div></div>
</article>`;
  },

  composerControls: ({ generating, hasText }) => {
    const tools =
      '<button type="button" class="composer-btn" data-testid="composer-plus-btn" aria-label="Add files and more"></button><button aria-label="Dictate button" type="button" class="composer-btn"></button>';
    if (generating) {
      return `${tools}<button id="composer-submit-button" aria-label="Stop streaming" data-testid="stop-button" class="composer-submit-btn h-9 w-9"></button>`;
    }
    if (hasText) {
      return `${tools}<button id="composer-submit-button" aria-label="Send prompt" data-testid="send-button" class="composer-submit-btn h-9 w-9"></button>`;
    }
    return `${tools}<div class="min-w-9" data-testid="composer-speech-button-container"><button data-testid="composer-speech-button" aria-label="Start voice mode" class="h-9 w-9"></button></div>`;
  },

  toast: (text) =>
    `<div class="toast-root" data-state="entered"><div class="flex items-center gap-2 rounded-lg border px-3 py-2 text-sm text-token-text-error" data-testid="toast-error"><div class="flex-1">${escapeHtml(text)}</div></div></div>`,

  dialog: (text) =>
    `<div role="dialog" aria-modal="true" data-state="open" tabindex="-1" class="popover fixed left-1/2 top-1/2 z-50 rounded-2xl"><div class="flex flex-col gap-4 p-6"><h2 class="text-lg font-semibold">${escapeHtml(text)}</h2><p>Responses will use another model until your limit resets after 7:35 AM.</p><div class="flex gap-2"><button class="btn btn-primary">Get Plus</button><button class="btn btn-secondary" data-stand-in="dismiss">Close</button></div></div></div>`,

  gatewayErrorFixture: 'page-502-cloudflare.html',
  editorAttributes: { id: 'prompt-textarea', translate: 'no', 'data-virtualkeyboard': 'true' },

  texts: {
    generationError:
      'Something went wrong while generating the response. If this issue persists please contact us through our help center at help.openai.com.',
    networkError: 'Network error. Please check your connection and try again.',
    rateLimit: 'Too many requests in 1 hour. Try again later.',
    planLimit: 'You\u2019ve hit the Free plan limit for GPT-5',
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: '[data-testid="send-button"]',
    stop: '[data-testid="stop-button"]',
    toasts: '[data-stand-in="toasts"]',
  },
};
