import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChatPage } from '../lib/chat/start';
import { meta } from '../lib/sites/meta';

/** Detour on meta's pages: the shared core with this site's adapter only (see lib/chat/start.ts). */
export default defineUnlistedScript(() => startChatPage(meta));
