import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * claude.ai as the stand-in serves it: the markup of tests/fixtures/claude/ (healthy-conversation,
 * answering-streaming, error-interrupted, limit-five-hour, page-502-cloudflare): the sidebar nav,
 * the z-header with the chat title, [data-test-render-count] turns with
 * [data-testid="user-message"] and [data-is-streaming] > .font-claude-response > .standard-markdown
 * (.progressive-markdown while it streams), the tiptap ProseMirror composer in a fieldset, the
 * "Send message" / "Stop response" slot, the text-danger-000 banner above the composer, the
 * disclaimer. Sources: tests/fixtures/claude/SOURCES.md.
 *
 * One departure, forced by the kit contract: a failed reply's notice is drawn inside the failed
 * turn (after the reply, outside .font-claude-response) rather than in the banner slot above the
 * composer, because the stand-in app renders turn failures through assistantTurn. SOURCES.md
 * ("Doubtful") records that no public capture shows where the completion errors go; the banner
 * markup is the same either way, and Detour reads it in both places. Limits still use the slot.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

/** One organisation and one conversation: the stand-in posts every prompt to the same path. */
const ORGANIZATION = '5d0e1b9a-2c47-4f8e-9a31-7b6c0d2e4f10';
const CONVERSATION = '3f1c2b7e-0000-4000-8000-000000000011';

const WARNING_ICON =
  '<svg class="h-4 w-4 shrink-0" aria-label="Warning" width="16" height="16" viewBox="0 0 256 256"><path d="M236.8,188.09,149.35,36.22a24.76,24.76,0,0,0-42.7,0L19.2,188.09a23.51,23.51,0,0,0,0,23.72A24.35,24.35,0,0,0,40.55,224h174.9a24.35,24.35,0,0,0,21.33-12.19A23.51,23.51,0,0,0,236.8,188.09Z"></path></svg>';

/** The banner row of the slot above the composer (banner reconstruction, 2026). */
function bannerRow(text: string, trailing = ''): string {
  return `<div class="flex w-full flex-col items-center md:flex-row gap-2"><div class="flex flex-row items-center gap-2 md:w-full text-danger-000">${WARNING_ICON}<div class="text-sm">${escapeHtml(text)}</div></div>${trailing}</div>`;
}

const ACTIONS =
  '<div class="absolute bottom-0 right-2 pointer-events-none" style="transform: none;"><div class="rounded-lg transition min-w-max pointer-events-auto translate-x-2 translate-y-full pt-2"><div class="text-text-300 flex items-stretch justify-between"><div class="w-fit" data-state="closed"><button class="inline-flex items-center justify-center relative shrink-0 can-focus select-none h-8 w-8 rounded-md active:scale-95 group/btn Button_ghost__BUAoh" type="button" data-testid="action-bar-copy" aria-label="Copy"><svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="M12.5 3C13.3 3 14 3.7 14 4.5V6h1.5c.8 0 1.5.7 1.5 1.5v8c0 .8-.7 1.5-1.5 1.5h-8C6.7 17 6 16.3 6 15.5V14H4.5C3.7 14 3 13.3 3 12.5v-8C3 3.7 3.7 3 4.5 3h8Z"></path></svg></button></div></div></div></div>';

const TOOLS =
  '<div class="relative flex-1 flex items-center gap-2 shrink min-w-0"><button class="inline-flex items-center justify-center h-8 w-8 rounded-lg" type="button" aria-label="Open attachments menu" data-testid="input-menu-plus"></button><button class="inline-flex items-center justify-center h-8 w-8 rounded-lg" type="button" aria-label="Open tools menu" data-testid="input-menu-tools"></button></div><div class="overflow-hidden shrink-0 p-1 -m-1"><button type="button" class="inline-flex items-center h-7 px-1.5 rounded-md text-text-300" data-testid="model-selector-dropdown"><div class="whitespace-nowrap">Sonnet 4.5</div></button></div>';

const SEND_ICON =
  '<svg width="16" height="16" viewBox="0 0 256 256" aria-hidden="true"><path d="M208.49,120.49a12,12,0,0,1-17,0L140,69V216a12,12,0,0,1-24,0V69L64.49,120.49a12,12,0,0,1-17-17l72-72a12,12,0,0,1,17,0l72,72A12,12,0,0,1,208.49,120.49Z"></path></svg>';

/** The stand-in's reply paragraphs carry the class Claude gives its own. */
function replyParagraphs(html: string): string {
  return html.replace(/<p>/g, '<p class="font-claude-response-body break-words whitespace-normal ">');
}

export const claudeKit: StandInKit = {
  site: 'claude',
  host: 'claude.ai',
  lang: 'en-US',
  editor: 'prosemirror',
  endpoint: `/api/organizations/${ORGANIZATION}/chat_conversations/${CONVERSATION}/completion`,
  newChatPath: '/new',
  conversationPath: (id) => `/chat/${id}`,
  conversationIdOf: (path) => /^\/chat\/([\w-]+)$/.exec(path)?.[1],

  page: (turns, title) => `<!doctype html>
<html lang="en-US" class="h-screen antialiased scroll-smooth" data-theme="claude" data-mode="light">
  <head><meta charset="utf-8"><title>${escapeHtml(title)} - Claude</title></head>
  <body class="bg-bg-100 text-text-100 font-ui min-h-screen">
    <div class="root"><div class="flex min-h-screen w-full overflow-x-hidden max-md:flex-col">
      <nav class="z-sidebar fixed left-0 h-screen flex flex-col" aria-label="Sidebar" data-testid="menu-sidebar"><div class="flex flex-col px-2 pt-2"><a href="/new" class="flex items-center gap-2 rounded-lg px-2 py-1.5" aria-label="New chat">New chat</a><a href="/recents" class="flex items-center gap-2 rounded-lg px-2 py-1.5">Chats</a></div></nav>
      <div id="main-content" class="flex-1 flex flex-col min-h-0 h-screen bg-bg-100">
        <header class="z-header sticky top-0 flex items-center h-12 px-3"><button type="button" data-testid="chat-title-button" class="truncate font-base-bold">${escapeHtml(title)}</button><div class="ml-auto" data-testid="wiggle-controls-actions"></div></header>
        <div data-autoscroll-container="true" class="relative h-full flex-1 flex overflow-x-hidden overflow-y-scroll pt-6"><div class="relative w-full min-h-full">
          <div class="flex-1 flex flex-col px-4 max-w-3xl mx-auto w-full pt-1" data-stand-in="turns">${turns}</div>
        </div></div>
        <div class="sticky bottom-0 mx-auto w-full pt-6 z-[5]"><div class="max-w-3xl mx-auto px-4">
          <div data-stand-in="toasts"></div>
          <fieldset class="flex w-full min-w-0 flex-col"><div class="flex flex-col bg-bg-000 rounded-2xl border-0.5 border-border-300 shadow-[0_0.25rem_1.25rem_hsl(var(--always-black)/3.5%)]"><div class="flex flex-col gap-3.5 m-3.5"><div class="relative"><div class="max-h-96 w-full overflow-y-auto break-words min-h-[3rem]" data-stand-in="editor"></div></div><div class="flex gap-2 w-full items-center" data-stand-in="controls"></div></div></div></fieldset>
          <div class="text-text-500 text-[0.75rem] text-center py-2">Claude is AI and can make mistakes. Please double-check responses.</div>
        </div></div>
      </div>
    </div></div>
  </body>
</html>`,

  userTurn: (text) =>
    `<div data-test-render-count="1"><div class="mb-1 mt-1"><div class=""><div class="group relative inline-flex gap-2 bg-bg-300 rounded-xl pl-2.5 py-2.5 break-words text-text-100 transition-all max-w-[75ch] flex-col pr-6" style="opacity: 1; transform: none;"><div class="flex flex-row gap-2 relative"><div class="shrink-0 transition-all duration-300 self-start" data-state="closed"><div class="flex shrink-0 items-center justify-center rounded-full font-bold select-none h-7 w-7 text-[12px] bg-text-200 text-bg-100">M</div></div><div class="flex-1"><div data-testid="user-message" class="font-large !font-user-message grid grid-cols-1 gap-2 py-0.5 relative" style="max-height: none; overflow: hidden; position: relative;"><p class="whitespace-pre-wrap break-words">${escapeHtml(text)}</p></div></div></div></div></div></div></div>`,

  assistantTurn: (state: AssistantState) => {
    // progressive-markdown while the reply streams, standard-markdown once it is done.
    const markdown = state.streaming ? 'progressive-markdown' : 'standard-markdown';
    const body = state.html
      ? `<div class="font-claude-response relative leading-[1.65rem] [&amp;_pre&gt;div]:bg-bg-000/50 [&amp;_.standard-markdown_:is(p,blockquote,h1,h2,h3,h4,h5,h6)]:pl-2"><div><div class="${markdown} grid-cols-1 grid gap-4 [&amp;_&gt;_*]:min-w-0">${replyParagraphs(state.html)}</div></div></div>`
      : '';
    const done = !state.streaming && !state.error;
    // The [data-is-streaming] element is always there, even empty: it is what marks the turn as Claude's.
    const notice = state.error
      ? `<div class="w-full px-3.5 pt-2 pb-2.5 mb-4 rounded-xl border-0.5 border-border-300 bg-bg-100">${bannerRow(state.error)}</div>`
      : '';
    return `<div data-test-render-count="1"><div style="height: auto; opacity: 1; transform: none;"><div data-is-streaming="${state.streaming}" class="group relative pb-8" style="opacity: 1; transform: none;">${body}${done ? ACTIONS : ''}</div>${notice}</div></div>`;
  },

  composerControls: ({ generating, hasText }) => {
    if (generating) {
      return `${TOOLS}<div><button class="inline-flex items-center justify-center relative shrink-0 can-focus select-none border-0.5 h-8 w-8 rounded-md Button_secondary__Teecd" type="button" aria-label="Stop response"><svg width="20" height="20" viewBox="0 0 256 256" aria-hidden="true"><path d="M128,20A108,108,0,1,0,236,128,108.12,108.12,0,0,0,128,20Z"></path></svg></button></div>`;
    }
    // Disabled until the editor holds text, as on the site.
    return `${TOOLS}<div><button class="inline-flex items-center justify-center relative shrink-0 can-focus select-none disabled:pointer-events-none disabled:opacity-50 font-base-bold bg-accent-main-000 text-oncolor-100 h-8 w-8 rounded-md active:scale-95 Button_claude__c_hZm" type="button" aria-label="Send message"${hasText ? '' : ' disabled=""'}>${SEND_ICON}</button></div>`;
  },

  toast: (text) =>
    `<div class="w-full px-3.5 pt-2 pb-2.5 -mb-1 rounded-t-xl border-0.5 border-b-0 border-border-300 bg-bg-100">${bannerRow(text, '<a href="/settings/usage" class="text-xs underline shrink-0">View usage</a>')}</div>`,

  // Claude's modals sit in .z-modal (refined-claude, 2025-05); the wording is the bundle's.
  dialog: (text) =>
    `<div role="dialog" aria-modal="true" data-state="open" tabindex="-1" class="z-modal fixed left-1/2 top-1/2 rounded-2xl bg-bg-100 border-0.5 border-border-300"><div class="flex flex-col gap-4 p-6"><h2 class="font-display text-text-100 text-xl">${escapeHtml(text)}</h2><p class="text-text-300">Limits will reset at 9:30 AM.</p><div class="flex gap-2 justify-end"><a href="/upgrade" class="inline-flex items-center h-9 px-4 rounded-lg bg-text-000 text-bg-000">Upgrade</a><button type="button" class="inline-flex items-center h-9 px-4 rounded-lg border-0.5 border-border-300" data-stand-in="dismiss">Close</button></div></div></div>`,

  gatewayErrorFixture: 'page-502-cloudflare.html',
  // ProseMirror adds its own class (ProseMirror) to the tiptap one and sets contenteditable.
  editorAttributes: {
    role: 'textbox',
    enterkeyhint: 'enter',
    translate: 'no',
    tabindex: '0',
    class: 'tiptap',
    'aria-label': 'Write your prompt to Claude',
    'aria-multiline': 'true',
    'data-testid': 'chat-input',
  },

  texts: {
    // error-interrupted.html and the bundle write-up (2026-03-22)
    generationError:
      'Claude\u2019s response was interrupted. This can be caused by network problems or exceeding the maximum conversation length.',
    networkError: "We couldn't connect to Claude. Please check your network connection and try again.",
    // limit-five-hour.html and the help center (2026-03-16)
    rateLimit: '5-hour limit reached - resets 3:00 PM',
    // the bundle write-up; anthropics/claude-code issue #80062 quotes it
    planLimit: "You've hit your limit for Claude messages.",
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: 'button[aria-label="Send message"]',
    stop: 'button[aria-label="Stop response"]',
    toasts: '[data-stand-in="toasts"]',
  },
};
