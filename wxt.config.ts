import { defineConfig } from 'wxt';
import { chatbotMatchPatterns } from './lib/sites';

/** The Firefox add-on id: stable, so storage and the store listing follow the add-on. */
export const GECKO_ID = 'detour@detour-extension.org';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and tab state; scripting: re-attach to open chatbot tabs after an update.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: chatbotMatchPatterns(),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '128.0',
          // Detour collects nothing: prompts stay in the browser.
          data_collection_permissions: { required: ['none'] },
        },
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
