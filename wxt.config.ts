import { execFileSync } from 'node:child_process';
import { defineConfig } from 'wxt';
import { chatbotMatchPatterns, chatScript, SITES } from './lib/sites';
import { siteMatchPatterns } from './lib/sites/pages';
import { optionalStatusPatterns, statusMatchPatterns } from './lib/status/sources';

/** The Firefox add-on id: stable, so storage and the store listing follow the add-on. */
export const GECKO_ID = 'detour@detour-extension.org';

/** Parts of the committed tree the add-on store's reviewers need no copy of to rebuild Detour. */
export const NOT_SOURCES = ['tests', '.ci'];

/**
 * Writes the add-on store's sources zip from the last commit only (`git archive`), so no file
 * that was never committed (a key, a note, a stray build) can slip in, as a zip of the folder
 * would let it. Outside a Git checkout (a reviewer building from that zip) WXT's own zip of the
 * folder stays. Returns whether it wrote the zip.
 */
export function sourcesZipFromCommit(root: string, zipPath: string, warn: (message: string) => void): boolean {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    git('rev-parse', '--is-inside-work-tree');
  } catch {
    return false;
  }
  if (git('status', '--porcelain').trim()) {
    warn('The sources zip holds the last commit: changes not committed yet are not in it (nor in a store upload made from it).');
  }
  git('archive', '--format=zip', '-o', zipPath, 'HEAD', '--', '.', ...NOT_SOURCES.map((path) => `:(exclude)${path}`));
  return true;
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and tab state; webRequest: how the chatbots' own chat requests end (read
    // only, never blocked or changed); alarms: the status check and retention schedules;
    // notifications: "ChatGPT is working again"; contextMenus: "Send to ▸" on a selection and on a
    // chatbot's message box (no host permission: the selection comes with the click);
    // scripting: re-attach to open chatbot tabs after an update.
    permissions: ['storage', 'webRequest', 'alarms', 'notifications', 'contextMenus', ...(browser === 'firefox' ? [] : ['scripting'])],
    // The supported chatbots and their official status pages; nothing else.
    host_permissions: [...chatbotMatchPatterns(), ...statusMatchPatterns()],
    // Google's status feed shares its host with all of www.google.com: asked only when wanted.
    ...(manifestVersion === 2
      ? { optional_permissions: optionalStatusPatterns() }
      : { optional_host_permissions: optionalStatusPatterns() }),
    // Firefox puts a new add-on's button in its extensions menu unless asked; the badge must show.
    action: { default_title: '__MSG_extName__', ...(browser === 'firefox' && { default_area: 'navbar' as const }) },
    // Both are listed, and can be changed, in the browser's own shortcut settings. Chromium refuses
    // some suggestions silently (Alt+Shift+R is left unset): tests/e2e/first-run.test.ts checks both.
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandOpenPopup__',
      },
      'send-last-prompt': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_commandSendLast__' },
    },
    // One content script per chatbot (entrypoints/chat-<id>.ts), carrying that site's adapter only;
    // unlisted scripts, so that WXT's page-visible start signal is not part of them.
    content_scripts: SITES.map((site) => ({ matches: siteMatchPatterns(site), js: [chatScript(site.id).slice(1)], run_at: 'document_idle' as const })),
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
    // Only when building outside a Git checkout (see sourcesZipFromCommit).
    excludeSources: ['tests/**', '.ci/**', 'test-results/**', 'store/**'],
  },
  hooks: {
    // The chatbot pages' scripts use the browser's own API, which is enough there (Chrome's MV3
    // `chrome.*` returns promises, Firefox has `browser.*`): no polyfill in every page. The
    // background and Detour's pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.name.startsWith('chat-'))) return;
      const alias = config.resolve?.alias ?? {};
      const entries = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries] };
      // WXT writes every script as ASCII, since Chrome refuses a content script holding a character
      // its UTF-8 check rejects. These scripts carry failure wordings in 12 languages: as UTF-8
      // they are 3 kB smaller than as `\uXXXX` escapes, and tests/release checks that no such
      // character is in them.
      config.esbuild = { ...config.esbuild, charset: 'utf8' };
    },
    'zip:sources:done': (wxt, zipPath) => {
      if (sourcesZipFromCommit(wxt.config.root, zipPath, (message) => wxt.logger.warn(message))) {
        wxt.logger.info('Sources zip made from the last commit (git archive).');
      }
    },
  },
});
