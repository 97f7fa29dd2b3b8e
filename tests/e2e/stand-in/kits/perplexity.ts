import { escapeHtml } from './html';
import type { AssistantState, StandInKit } from './types';

/**
 * www.perplexity.ai as the stand-in serves it, rebuilt from the markup of
 * tests/fixtures/perplexity/: the sidebar (Home, New Thread, Library), the thread column
 * (.max-w-threadContentWidth) whose exchange sits in the Radix "Answer" tab panel
 * (id …-content-default, hidden sibling panels for images and sources) as the query block
 * (div.bg-base > h1.group/query) then the answer column (div.gap-y-sm: #markdown-content-N > .prose,
 * "Prepared using …", the Share … More actions row), the ARIA alert with Retry that replaces or
 * follows the answer, the Lexical #ask-input composer with its Sources / model / Dictation /
 * Submit (disabled while empty) and Stop buttons, the Radix toast region "Notifications (F8)",
 * the Radix dialog, and Next.js's route announcer.
 * Sources: tests/fixtures/perplexity/SOURCES.md; healthy-new-chat.html, healthy-thread.html,
 * answering-streaming.html, error-alert-in-thread.html, limit-rate-toast.html,
 * limit-pro-search-dialog.html, negative-route-announcer.html, page-502-cloudflare.html.
 *
 * The stand-in app appends every turn to one container, so here all exchanges share one tab
 * panel: a thread of one exchange (every browser test's case) nests exactly as on the site; a
 * longer one differs only in having one panel, not one per exchange. The failure notices'
 * markup is not public and the fixtures model it with Radix primitives; so does this kit.
 * `data-stand-in` attributes are the stand-in app's own hooks; Detour never reads them.
 */

const ICON_BUTTON =
  'reset interactable select-none outline-none font-semimedium inline-flex rounded-full aspect-square p-0 text-quiet hover:text-foreground hover:bg-quiet h-8 text-sm';

function icon(name: string): string {
  return `<svg role="img" class="inline-flex fill-current shrink-0" width="16" height="16"><use xlink:href="#pplx-icon-${name}"></use></svg>`;
}

function iconButton(label: string, name: string, extra = ''): string {
  return `<button aria-label="${label}"${extra} data-state="closed" type="button" class="${ICON_BUTTON}"><div class="relative flex items-center justify-center"><div class="inline-flex">${icon(name)}</div></div></button>`;
}

const ACTIONS = `<div class="flex items-center justify-between"><div class="-ml-sm gap-xs flex flex-shrink-0 items-center">${iconButton('Share', 'share-3')}${iconButton('Download', 'download')}${iconButton('Copy', 'copy')}${iconButton('Rewrite Thread', 'repeat')}</div><div class="gap-x-xs flex flex-shrink-0 items-center"><div class="border-subtlest flex items-center gap-xs">${iconButton('Helpful', 'thumb-up')}${iconButton('Not helpful', 'thumb-down')}</div><div>${iconButton('More actions', 'dots')}</div></div></div>`;

/** The answer's rendered markdown; its paragraphs carry the renderer's margin class. */
function answer(html: string, number: number, done: boolean): string {
  const paragraphs = html.replace(/<p>/g, '<p class="my-2">');
  return `<div>
      <div class="relative font-sans text-base text-foreground"><div class="min-w-0 break-words [word-break:break-word]">
        <div dir="auto" lang="en" id="markdown-content-${number}" class="gap-y-md after:clear-both after:block after:content-['']"><div class="has-inline-images my-2 first:mt-0"><div><div class="prose dark:prose-invert inline leading-relaxed break-words min-w-0 [word-break:break-word]"><div data-renderer="lm">${paragraphs}</div></div></div></div></div>
      </div></div>${done ? '\n      <div class="font-sans text-sm text-quiet">Prepared using Claude Sonnet 4.6 Thinking</div>' : ''}
    </div>`;
}

/** The alert error-alert-in-thread.html shows in the answer column. */
function alert(text: string): string {
  return `<div role="alert" class="flex items-start gap-sm rounded-lg border border-subtler bg-subtle p-md text-sm">
      <svg role="img" width="16" height="16"><use xlink:href="#pplx-icon-alert-circle"></use></svg>
      <div class="flex flex-col gap-xs"><span>${escapeHtml(text)}</span><button type="button" class="reset interactable w-fit rounded-md px-sm text-super">Retry</button></div>
    </div>`;
}

/** The server titles a page by its first prompt, or by the site's id for the home page. */
function pageTitle(title: string): string {
  return title === 'perplexity' ? 'Perplexity' : `${title} - Perplexity`;
}

export const perplexityKit: StandInKit = {
  site: 'perplexity',
  host: 'www.perplexity.ai',
  lang: 'en',
  editor: 'lexical',
  endpoint: '/rest/sse/perplexity_ask',
  newChatPath: '/',
  conversationPath: (id) => `/search/${id}`,
  // Mirrors the adapter: /search/new is a thread not yet started.
  conversationIdOf: (path) => {
    const slug = /^\/search\/([^/?#]+)$/.exec(path)?.[1];
    return slug === 'new' ? undefined : slug;
  },

  page: (turns, title) => `<!doctype html>
<html lang="en" class="dark">
  <head><meta charset="utf-8"><title>${escapeHtml(pageTitle(title))}</title></head>
  <body class="bg-base font-sans">
    <div class="flex min-h-screen">
      <div class="fixed inset-y-0 left-0 w-sideBarWidth border-r border-subtlest">
        <a href="/" aria-label="Home" class="block p-md"><svg role="img" width="24" height="24"><use xlink:href="#pplx-icon-logo"></use></svg></a>
        <button data-testid="sidebar-new-thread" aria-label="New Thread" type="button" class="reset interactable rounded-full">New Thread</button>
        <a href="/library" class="block">Library</a>
      </div>
      <main class="@container/main ml-sideBarWidth flex-1 px-md">
        <div class="mx-auto flex flex-col pointer-events-auto max-w-threadContentWidth gap-md md:gap-lg">${turns ? '' : '\n          <h1 class="font-display text-3xl text-foreground">perplexity</h1>'}
          <div class="flex flex-col">
            <div class="flex flex-col gap-md @3xl:gap-lg w-full">
              <div class="w-full"><div class="w-full flex flex-col">
                <div data-state="active" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-_r_ro_-trigger-default" id="radix-_r_ro_-content-default" tabindex="0" class="focus:outline-none">
                  <div class="flex flex-col @3xl:gap-y-lg gap-y-md" data-stand-in="turns">${turns}</div>
                </div>
                <div data-state="inactive" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-_r_ro_-trigger-images" hidden="" id="radix-_r_ro_-content-images" tabindex="0" class="focus:outline-none"></div><div data-state="inactive" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-_r_ro_-trigger-sources" hidden="" id="radix-_r_ro_-content-sources" tabindex="0" class="focus:outline-none"></div>
              </div></div>
            </div>
          </div>
          <div class="bottom-0 sticky pb-md">
            <div class="rounded-2xl border border-subtler bg-raised p-sm">
              <div class="relative">
                <div data-stand-in="editor"></div>
                <div class="pointer-events-none absolute top-0 select-none text-quieter" aria-hidden="true">Ask anything…</div>
              </div>
              <div class="flex items-center justify-between gap-xs pt-sm">
                <div class="flex items-center gap-xs"><input type="file" multiple="" class="hidden" accept=".pdf,.txt,.md,.csv,.docx"><button type="button" aria-label="Sources" class="${ICON_BUTTON}"><svg role="img" width="16" height="16"><use xlink:href="#pplx-icon-world"></use></svg></button><div><button type="button" aria-haspopup="menu" aria-label="Choose a model" class="${ICON_BUTTON}">Best</button></div></div>
                <div class="flex items-center gap-xs" data-stand-in="controls"></div>
              </div>
            </div>
          </div>
        </div>
      </main>
    </div>
    <div role="region" aria-label="Notifications (F8)" tabindex="-1" style="pointer-events: none">
      <ol tabindex="-1" class="fixed bottom-0 right-0 z-[100] flex max-h-screen w-full flex-col p-md md:max-w-[420px]" data-stand-in="toasts"></ol>
    </div>
    <next-route-announcer style="position: absolute"><p aria-live="assertive" id="__next-route-announcer__" role="alert" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; top: 0px; width: 1px; white-space: nowrap; overflow-wrap: normal"></p></next-route-announcer>
  </body>
</html>`,

  userTurn: (text) => `<div style="opacity: 1; transform: none" class="bg-base erp-sidecar:pt-0 erp-mobile-sidecar:pt-0">
  <div class="relative z-10"><div class="group relative flex items-end gap-0.5"><div class="-inset-md pointer-events-none absolute select-none"></div>
    <div class="relative min-w-0 flex-1 flex justify-end"><div class="flex items-start gap-2">
      <div class="flex shrink-0 items-center gap-1 opacity-0 transition-opacity group-hover:opacity-100">${iconButton('Edit query', 'pencil')}${iconButton('Copy query', 'copy')}</div>
      <div class="group/title relative inline-flex flex-col"><div class="relative"><div><div style="transition: none; overflow: hidden"><div>
        <h1 class="group/query relative whitespace-pre-line !text-wrap break-words font-sans text-base text-foreground"><div class="min-w-[48px] select-none p-3 bg-subtle rounded-2xl flex items-center justify-center" style="max-width: 600px"><span class="min-w-0 font-sans text-base text-foreground font-normal select-text break-words">${escapeHtml(text)}</span></div></h1>
      </div></div></div></div></div>
    </div></div>
  </div></div>
</div>`,

  // The answer column: the rendered answer, then (once done) the action row; a failure shows the
  // alert instead of the answer, or after what had arrived (error-alert-in-thread.html).
  assistantTurn: (state: AssistantState, index) => {
    const done = !state.streaming && !state.error;
    // Answers count from 0 in the page (#markdown-content-0 is the first); turns count from 1.
    const number = Math.max(0, Math.floor(index / 2) - 1);
    const body = state.html ? answer(state.html, number, done) : '';
    return `<div class="gap-y-sm flex flex-col">
    ${body}${state.error ? alert(state.error) : ''}${done ? ACTIONS : ''}
  </div>`;
  },

  // Submit stays disabled until Lexical holds text; Stop takes its place while the answer streams
  // (healthy-thread.html, answering-streaming.html).
  composerControls: ({ generating, hasText }) => {
    const dictation = iconButton('Dictation', 'microphone');
    const superButton = ICON_BUTTON.replace('text-quiet', 'bg-super text-inverse');
    const button = (label: string, testId: string, name: string, disabled: boolean) =>
      `<button aria-label="${label}" data-testid="${testId}" data-state="closed" type="button"${disabled ? ' disabled=""' : ''} class="${superButton}"><div class="relative flex items-center justify-center"><div class="inline-flex">${icon(name)}</div></div></button>`;
    if (generating) return dictation + button('Stop generating response', 'stop-generating-response-button', 'player-stop-filled', false);
    return dictation + button('Submit', 'submit-button', 'arrow-right', !hasText);
  },

  // A Radix toast (limit-rate-toast.html): the notice's words as its title.
  toast: (text) =>
    `<li role="status" aria-live="off" aria-atomic="true" tabindex="0" data-state="open" data-swipe-direction="right" class="pointer-events-auto relative flex w-full items-center justify-between gap-md rounded-lg border border-subtler bg-raised p-md shadow-lg" style="user-select: none; touch-action: none"><div class="grid gap-1"><div class="text-sm font-medium">${escapeHtml(text)}</div><div class="text-sm text-quiet">Please wait a moment and try again.</div></div><button type="button" aria-label="Close" class="rounded-md p-1 text-quiet"><svg role="img" width="16" height="16"><use xlink:href="#pplx-icon-x"></use></svg></button></li>`,

  // A Radix dialog (limit-pro-search-dialog.html); "Maybe later" closes it.
  dialog: (text) =>
    `<div role="dialog" id="radix-_r_1a2_" aria-describedby="radix-_r_1a4_" aria-labelledby="radix-_r_1a3_" data-state="open" tabindex="-1" class="fixed left-1/2 top-1/2 z-50 w-full max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-raised p-lg" style="pointer-events: auto"><h2 id="radix-_r_1a3_" class="text-lg font-medium">${escapeHtml(text)}</h2><p id="radix-_r_1a4_" class="text-sm text-quiet">Upgrade to keep using Pro search, or continue with a standard search.</p><div class="flex justify-end gap-sm pt-md"><button type="button" class="reset interactable rounded-md px-md" data-stand-in="dismiss">Maybe later</button><button type="button" class="reset interactable rounded-md bg-super px-md text-inverse">Upgrade</button></div></div>`,

  gatewayErrorFixture: 'page-502-cloudflare.html',
  // Lexical itself adds data-lexical-editor and the user-select / white-space / word-break style.
  editorAttributes: {
    id: 'ask-input',
    role: 'textbox',
    spellcheck: 'true',
    'aria-placeholder': 'Ask anything…',
    class: 'overflow-auto max-h-[45vh] outline-none font-sans text-foreground',
  },

  texts: {
    // error-alert-in-thread.html; "something went wrong" per the 2026 troubleshooting guides
    generationError: 'Something went wrong. Please try again later.',
    // No wording for a dropped connection is public; ai-fix-hub (2026-05) quotes this one for a
    // query the service could not complete.
    networkError: 'Error in processing query',
    // limit-rate-toast.html; aiinsightsnews.net (2026)
    rateLimit: 'Too many requests',
    // limit-pro-search-dialog.html; ai-fix-hub "Message Limit Reached" (2026-05)
    planLimit: "You've reached your Pro search limit",
  },

  places: {
    turns: '[data-stand-in="turns"]',
    editorMount: '[data-stand-in="editor"]',
    controls: '[data-stand-in="controls"]',
    send: '[data-testid="submit-button"]',
    stop: '[data-testid="stop-generating-response-button"]',
    toasts: '[data-stand-in="toasts"]',
  },
};
