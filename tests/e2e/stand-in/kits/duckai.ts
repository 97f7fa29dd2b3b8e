import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * duck.ai as the stand-in serves it, rebuilt from the markup of tests/fixtures/duckai/: the
 * sidebar, the model picker, [data-testid=user-message] bubbles and the "Anonymized by DuckDuckGo"
 * line, replies as div[id*=-assistant-message-] with their "Duck.ai said" heading, model line,
 * .space-y-4.whitespace-normal answer and "Copy to clipboard", the ARIA alert with Try again (an
 * assumption, see SOURCES.md), the React-controlled textarea[name=user-prompt] in
 * [data-testid=duckai-chat-input] inside form[data-chat-footer], the Ask / Stop generating button.
 * Sources: tests/fixtures/duckai/SOURCES.md; healthy-new-chat.html, healthy-conversation.html,
 * answering-streaming.html, error-alert-in-reply.html, limit-rate-toast.html, page-502-gateway.html.
 * Duck.ai's chats stay on the device and its address stays /chat, so a reload of the stand-in
 * starts a new chat. `data-stand-in` attributes are the stand-in app's own hooks; Detour never
 * reads them.
 */

const ICON = '<svg width="16" height="16" aria-hidden="true"></svg>';

export const duckaiKit: StandInKit = {
  site: 'duckai',
  host: 'duck.ai',
  lang: 'en',
  editor: 'react-textarea',
  endpoint: '/duckchat/v1/chat',
  newChatPath: '/chat',
  conversationPath: () => '/chat',
  conversationIdOf: () => undefined,

  page: (turns, title) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(title === 'duckai' ? 'Duck.ai' : `${title} - Duck.ai`)}</title></head>
  <body class="light">
    <div id="root">
      <div class="flex h-dvh">
        <aside class="w-64 border-r" aria-label="Recent chats"><button type="button" class="m-2 rounded-lg px-3 py-2">New Chat</button><p class="px-3 text-xs text-gray-500">Recent chats are saved on this device.</p></aside>
        <main class="flex flex-1 flex-col">
          <header class="flex h-14 items-center px-4"><button type="button" data-testid="model-picker-button" aria-haspopup="menu">GPT-5 mini</button></header>
          <div class="flex-1 overflow-y-auto"><div class="mx-auto max-w-3xl space-y-6 px-4 py-6" data-stand-in="turns">${turns}</div></div>
          <form data-chat-footer="true" class="sticky bottom-0 mx-auto w-full max-w-3xl px-4 pb-4">
            <div data-testid="duckai-chat-input" class="rounded-2xl border bg-white p-2">
              <div data-stand-in="editor"></div>
              <div class="flex items-center justify-between">
                <div class="flex items-center gap-2"><div><div><input type="file" name="upload" hidden=""></div></div><button type="button" data-testid="duckai-tools-button" aria-haspopup="menu">Tools</button></div>
                <div data-stand-in="controls"></div>
              </div>
            </div>
          </form>
        </main>
      </div>
    </div>
    <section aria-label="Notifications" class="pointer-events-none fixed bottom-4 right-4" data-stand-in="toasts"></section>
  </body>
</html>`,

  userTurn: (text, index) =>
    `<div data-testid="user-message" class="ml-auto max-w-[80%] rounded-2xl bg-gray-100 px-4 py-3"><div class="whitespace-pre-wrap">${escapeHtml(text)}</div></div>${index === 1 ? '<div class="text-center text-xs text-gray-500">Anonymized by DuckDuckGo</div>' : ''}`,

  assistantTurn: (state: AssistantState, index) => {
    const id = `u${index}-assistant-message-0-${index}`;
    const done = !state.streaming && !state.error;
    const body = state.html
      ? `<div><div class="space-y-4 whitespace-normal">${state.html}</div></div>`
      : state.error
        ? ''
        : '<div class="text-sm text-gray-500">Generating response</div>';
    const error = state.error
      ? `<div role="alert" class="mt-2 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm"><p>${escapeHtml(state.error)}</p><button type="button" class="mt-2 underline">Try again</button></div>`
      : '';
    const actions = done ? `<div class="flex gap-1"><div><button type="button" aria-label="Copy to clipboard">${ICON}</button></div></div>` : '';
    return `<div id="${id}" class="group space-y-2"><h3 id="heading-${id}" class="text-sm font-semibold">Duck.ai said</h3><div><span><strong>GPT-5 mini</strong></span></div>${body}${error}${actions}</div>`;
  },

  composerControls: ({ generating, hasText }) =>
    generating
      ? `<button type="button" aria-label="Stop generating" class="size-9 rounded-full">${ICON}</button>`
      : `<button type="submit" aria-label="Ask" class="size-9 rounded-full"${hasText ? '' : ' disabled=""'}>${ICON}</button>`,

  // No Duck.ai toast is public: a status line in a notifications region (limit-rate-toast.html).
  toast: (text) => `<div role="status" class="pointer-events-auto rounded-xl bg-gray-900 px-4 py-3 text-sm text-white">${escapeHtml(text)}</div>`,

  dialog: (text) =>
    `<div role="dialog" aria-modal="true" class="fixed inset-0 z-50 flex items-center justify-center bg-black/40"><div class="max-w-sm rounded-2xl bg-white p-6"><h2 class="text-lg font-semibold">${escapeHtml(text)}</h2><button type="button" class="mt-4 rounded-full px-4 py-2" data-stand-in="dismiss">OK</button></div></div>`,

  gatewayErrorFixture: 'page-502-gateway.html',
  editorAttributes: { name: 'user-prompt', placeholder: 'Ask privately', class: 'w-full resize-none bg-transparent px-2 py-1 outline-none' },

  // No Duck.ai failure wording is public (SOURCES.md): the stock ones, and the help pages' "usage limit".
  texts: {
    generationError: 'Something went wrong. Please try again.',
    networkError: 'Network error. Check your connection and try again.',
    rateLimit: 'Too many requests. Please wait a moment.',
    planLimit: "You've reached the daily usage limit. Try again tomorrow.",
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'button[aria-label="Ask"]',
    stop: 'button[aria-label="Stop generating"]',
    toasts: '[data-stand-in="toasts"]',
  },
};
