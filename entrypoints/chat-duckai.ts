import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChatPage } from '../lib/chat/start';
import { duckai } from '../lib/sites/duckai';

/** Detour on duckai's pages: the shared core with this site's adapter only (see lib/chat/start.ts). */
export default defineUnlistedScript(() => startChatPage(duckai));
