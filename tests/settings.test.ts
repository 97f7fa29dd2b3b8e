import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, migrateSettings, normalizeSettings, saveSettings } from '../lib/settings';
import { storage } from 'wxt/utils/storage';

describe('settings', () => {
  it('defaults everything for a fresh install', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs stored settings from an older or hand-edited Detour', () => {
    const repaired = normalizeSettings({
      stallSeconds: 2,
      noReplySeconds: 'soon',
      sendMode: 'teleport',
      preferredOrder: ['bard', 'chatgpt', 'chatgpt'],
      showNotice: false,
    });
    expect(repaired).toMatchObject({ stallSeconds: 5, noReplySeconds: DEFAULT_SETTINGS.noReplySeconds, sendMode: 'send', showNotice: false });
    expect(repaired.preferredOrder[0]).toBe('chatgpt');
    expect(new Set(repaired.preferredOrder).size).toBe(repaired.preferredOrder.length);
  });

  it('saves changes and reads them back', async () => {
    await saveSettings({ stallSeconds: 20, sendMode: 'fill' });
    expect(await loadSettings()).toMatchObject({ stallSeconds: 20, sendMode: 'fill' });
  });

  it('migrates stored settings, writing only when something changed', async () => {
    await storage.setItem('local:settings', { stallSeconds: 9999 });
    await migrateSettings();
    expect(await storage.getItem('local:settings')).toMatchObject({ stallSeconds: 600, sendMode: 'send' });
    const writes: unknown[] = [];
    const unwatch = storage.watch('local:settings', (value) => writes.push(value));
    await migrateSettings();
    unwatch();
    expect(writes).toEqual([]);
  });
});
