import { onTabMessage } from '../messaging/protocol';
import { readComposer } from '../page/composer';
import { firstShown } from '../page/dom';
import { ScriptContext } from '../page/script-context';
import { isPaused, loadSettings, watchSettings } from '../settings';
import { servesPage } from '../sites/pages';
import type { SiteAdapter } from '../sites/types';
import { ChatPage, type ChatPageHandover } from './chat-page';

/**
 * Detour on a page of `site`: what each chatbot's script (entrypoints/chat-<id>.ts, declared in
 * wxt.config.ts, and run by the background in tabs open before an install or update) runs. An
 * unlisted script rather than WXT's content script: WXT's wrapper announces each copy to the
 * page with a DOM event and a postMessage that the page can see and forge to stop Detour; this
 * one's lifetime is a ScriptContext the page cannot reach.
 */
export async function startChatPage(site: SiteAdapter): Promise<void> {
  if (!servesPage(site, new URL(location.href))) return;
  const ctx = new ScriptContext<ChatPageHandover>('chat');
  const settings = await loadSettings();
  if (ctx.isInvalid) return;
  // A site the person paused is left alone from the next page load on; pausing it while open
  // stops Detour here at once (resuming takes a reload, which the popup says).
  if (isPaused(settings, site.id)) return;
  ctx.onInvalidated(watchSettings((next) => isPaused(next, site.id) && ctx.notifyInvalidated()));
  // The "Send this prompt to" menu asks what the message box holds.
  ctx.onInvalidated(
    onTabMessage('composer.read', () => {
      const composer = firstShown(document, site.selectors.composer);
      return { text: composer ? readComposer(composer, site.editor) : '' };
    }),
  );
  new ChatPage(ctx, document, site, settings).start();
}
