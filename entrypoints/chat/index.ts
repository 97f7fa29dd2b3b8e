import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onTabMessage } from '../../lib/messaging/protocol';
import { readComposer } from '../../lib/page/composer';
import { firstShown } from '../../lib/page/dom';
import { ScriptContext } from '../../lib/page/script-context';
import { isPaused, loadSettings, watchSettings } from '../../lib/settings';
import { siteForUrl } from '../../lib/sites';
import { ChatPage, type ChatPageHandover } from './chat-page';

/**
 * The content script of every chatbot page (declared in wxt.config.ts, and run by the background
 * in tabs open before an install or update). An unlisted script rather than WXT's content script:
 * WXT's wrapper announces each copy to the page with a DOM event and a postMessage that the page
 * can see and forge to stop Detour; this one's lifetime is a ScriptContext the page cannot reach.
 */
export default defineUnlistedScript(async () => {
  const site = siteForUrl(location.href);
  if (!site) return;
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
});
