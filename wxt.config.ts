import { defineConfig } from 'wxt';
import { CHAT_SCRIPT, chatbotMatchPatterns } from './lib/sites';
import { optionalStatusPatterns, statusMatchPatterns } from './lib/status/sources';

/** The Firefox add-on id: stable, so storage and the store listing follow the add-on. */
export const GECKO_ID = 'detour@detour-extension.org';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and tab state; webRequest: how the chatbots' own chat requests end (read
    // only, never blocked or changed); alarms: the status check schedule; notifications: "ChatGPT
    // is working again"; scripting: re-attach to open chatbot tabs after an update.
    permissions: ['storage', 'webRequest', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['scripting'])],
    // The supported chatbots and their official status pages; nothing else.
    host_permissions: [...chatbotMatchPatterns(), ...statusMatchPatterns()],
    // Google's status feed shares its host with all of www.google.com: asked only when wanted.
    ...(manifestVersion === 2
      ? { optional_permissions: optionalStatusPatterns() }
      : { optional_host_permissions: optionalStatusPatterns() }),
    action: { default_title: '__MSG_extName__' },
    // The content script (entrypoints/chat/), an unlisted script so that WXT's page-visible start
    // signal is not part of it.
    content_scripts: [{ matches: chatbotMatchPatterns(), js: [CHAT_SCRIPT.slice(1)], run_at: 'document_idle' }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          // Detour collects nothing: prompts stay in the browser.
          data_collection_permissions: { required: ['none'] },
        },
        // The first Android release that reads data_collection_permissions.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  zip: {
    excludeSources: ['tests/**', '.ci/**', 'test-results/**'],
  },
});
