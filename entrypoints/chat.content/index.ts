import { defineContentScript } from 'wxt/utils/define-content-script';
import { firstShown } from '../../lib/page/dom';
import { readComposer } from '../../lib/page/composer';
import { onTabMessage } from '../../lib/messaging/protocol';
import { isPaused, loadSettings, watchSettings } from '../../lib/settings';
import { chatbotMatchPatterns, siteForUrl } from '../../lib/sites';
import { ChatPage } from './chat-page';

export default defineContentScript({
  matches: chatbotMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteForUrl(location.href);
    if (!site) return;
    const settings = await loadSettings();
    if (ctx.isInvalid) return;
    // A site the person paused is left alone from the next page load on; pausing it while open
    // stops Detour here at once (resuming takes a reload, which the popup says).
    if (isPaused(settings, site.id)) return;
    ctx.onInvalidated(watchSettings((next) => isPaused(next, site.id) && ctx.abort()));
    // The "Send this prompt to" menu asks what the message box holds.
    ctx.onInvalidated(
      onTabMessage('composer.read', () => {
        const composer = firstShown(document, site.selectors.composer);
        return { text: composer ? readComposer(composer, site.editor) : '' };
      }),
    );
    new ChatPage(ctx, document, site, settings).start();
  },
});
