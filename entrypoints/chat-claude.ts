import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChatPage } from '../lib/chat/start';
import { claude } from '../lib/sites/claude';

/** Detour on claude's pages: the shared core with this site's adapter only (see lib/chat/start.ts). */
export default defineUnlistedScript(() => startChatPage(claude));
