import type { deliver } from '../deliver/deliver';
import { sendMessage } from '../messaging/protocol';
import type * as wording from '../notice/wording';
import type { PageNotice } from '../notice/notice';
import type { rankAlternatives } from '../providers/rank';
import type { copyToClipboard } from '../ui/clipboard';

/**
 * What the chat page's script needs only once something is to be shown or filled in: the in-page
 * notice and its words, and the delivery of a prompt into the composer. They are a script of their
 * own (entrypoints/chat-extras.ts), which the background runs in the tab when the page first asks,
 * so the script every chatbot page loads carries detection and saving only.
 */
export interface ChatExtras {
  readonly PageNotice: typeof PageNotice;
  readonly wording: typeof wording;
  readonly deliver: typeof deliver;
  readonly copyToClipboard: typeof copyToClipboard;
  readonly rankAlternatives: typeof rankAlternatives;
}

/** The extras' script, as the background runs it in a tab. */
export const EXTRAS_SCRIPT = '/chat-extras.js' as const;

/**
 * Where the extras' script leaves what it holds: the isolated world's own global, which the page
 * cannot reach and which every script of Detour in that tab shares.
 */
const SLOT = 'detour:chat-extras';

type Scope = Record<string, unknown>;

/** Run by the extras' script: hands what it holds to the chat script of this tab. */
export function provideExtras(extras: ChatExtras, scope: Scope = globalThis as unknown as Scope): void {
  scope[SLOT] = extras;
}

let loaded: Promise<ChatExtras> | undefined;

/**
 * The extras, once the background has run their script in this tab. Asked once per copy of the
 * chat script, even when an earlier copy's extras are still in the tab: after an update those are
 * an older Detour's, and the background runs this version's over them. A load that failed is
 * tried again at the next call.
 */
export function loadExtras(scope: Scope = globalThis as unknown as Scope): Promise<ChatExtras> {
  if (!loaded) {
    loaded = sendMessage('chat.extras', {}).then(() => {
      const extras = scope[SLOT] as ChatExtras | undefined;
      if (!extras) throw new Error("Detour's notice script ran but left nothing in this tab");
      return extras;
    });
    loaded.catch(() => (loaded = undefined));
  }
  return loaded;
}
