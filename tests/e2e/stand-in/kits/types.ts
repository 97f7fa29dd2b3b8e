import type { SiteId } from '../../../../lib/sites/types';

/** Editors the stand-in mounts, each the real library the site uses. */
export type StandInEditor = 'prosemirror' | 'quill' | 'lexical' | 'react-textarea' | 'svelte-textarea';

export interface AssistantState {
  /** The reply so far, as HTML. Empty when no text arrived. */
  readonly html: string;
  readonly streaming: boolean;
  /** The error the UI shows in this turn, if the reply failed. */
  readonly error?: string;
}

/**
 * One chatbot's page, rebuilt from the same evidence as its fixtures (tests/fixtures/<site>/),
 * as markup functions the server (for page loads) and the in-page app (for live turns) share.
 * tests/e2e/stand-in/kits.test.ts runs Detour's adapter over each kit's states, so a kit cannot
 * drift from what the adapter expects without a test failing.
 */
export interface StandInKit {
  readonly site: SiteId;
  readonly host: string;
  readonly lang: string;
  readonly editor: StandInEditor;
  /** Where the page posts a prompt (the site's own chat endpoint path). */
  readonly endpoint: string;
  readonly newChatPath: string;
  conversationPath(id: string): string;
  conversationIdOf(path: string): string | undefined;
  /** The whole page: turns already rendered, the composer with an empty editor mount. */
  page(turns: string, title: string): string;
  userTurn(text: string, index: number): string;
  assistantTurn(state: AssistantState, index: number): string;
  /** The composer's trailing controls for the current state. */
  composerControls(state: { readonly generating: boolean; readonly hasText: boolean }): string;
  toast(text: string): string;
  dialog(text: string): string;
  /** Where the site shows a reply that failed: in the reply (most), or as a toast (HuggingChat). */
  readonly generationErrorIn?: 'turn' | 'toast';
  /** A fixture of tests/fixtures/<site>/, served with HTTP 502 instead of the app when the site is down. */
  readonly gatewayErrorFixture: string;
  /** Attributes the site puts on its editable element. */
  readonly editorAttributes: Readonly<Record<string, string>>;
  /** Words the site uses, per failure. */
  readonly texts: {
    readonly generationError: string;
    readonly networkError: string;
    readonly rateLimit: string;
    readonly planLimit: string;
  };
  /** Selectors of the kit's own markup, for the in-page app. */
  readonly places: {
    readonly turns: string;
    readonly editorMount: string;
    readonly controls: string;
    readonly send: string;
    readonly stop: string;
    readonly toasts: string;
  };
}
