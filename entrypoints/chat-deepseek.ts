import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChatPage } from '../lib/chat/start';
import { deepseek } from '../lib/sites/deepseek';

/** Detour on deepseek's pages: the shared core with this site's adapter only (see lib/chat/start.ts). */
export default defineUnlistedScript(() => startChatPage(deepseek));
