import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChatPage } from '../lib/chat/start';
import { mistral } from '../lib/sites/mistral';

/** Detour on mistral's pages: the shared core with this site's adapter only (see lib/chat/start.ts). */
export default defineUnlistedScript(() => startChatPage(mistral));
