import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CHAT_EXTRAS } from '../lib/chat/extras-parts';
import { provideExtras } from '../lib/chat/extras';

/** The in-page notice and the delivery of a prompt, run in a chatbot's tab when its script first needs them (see lib/chat/extras.ts). */
export default defineUnlistedScript(() => provideExtras(CHAT_EXTRAS));
