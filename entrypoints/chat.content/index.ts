import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSettings } from '../../lib/settings';
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
    new ChatPage(ctx, document, site, settings).start();
  },
});
