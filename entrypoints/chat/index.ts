import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ScriptContext } from '../../lib/page/script-context';
import { loadSettings } from '../../lib/settings';
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
  new ChatPage(ctx, document, site, settings).start();
});
