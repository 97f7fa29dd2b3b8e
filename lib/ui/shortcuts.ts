import { browser } from 'wxt/browser';
import type { Shortcut } from '../../components/ShortcutList';

/** Detour's keyboard shortcuts as the browser has them (the person may have changed them). */
export async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.flatMap(({ name, shortcut }) => (name ? [{ name, shortcut: shortcut ?? '' }] : []));
}

/**
 * Opens the browser's page for changing extension shortcuts: Firefox has a call for it; Chrome
 * lets an extension page open chrome://extensions/shortcuts in a tab. Undefined where neither works.
 */
export function shortcutSettingsOpener(): (() => void) | undefined {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return () => void commands.openShortcutSettings?.();
  if (location.protocol === 'chrome-extension:') return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return undefined;
}
