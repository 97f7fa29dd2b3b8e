import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, migrateSettings, normalizeSettings, saveSettings, watchSettings } from '../lib/settings';
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

  it('checks each field on its own, so a bad one never costs the good ones', () => {
    const others = DEFAULT_SETTINGS.preferredOrder.filter((id) => id !== 'grok' && id !== 'claude');
    expect(
      normalizeSettings({
        stallSeconds: 7.6,
        noReplySeconds: Number.POSITIVE_INFINITY,
        sendMode: 'fill',
        includeContext: 'yes',
        showNotice: 0,
        resendOfferMinutes: '45',
        preferredOrder: ['grok', 'bard', 'grok', 7, 'claude'],
        theme: 'dark',
      }),
    ).toEqual({
      stallSeconds: 8,
      noReplySeconds: DEFAULT_SETTINGS.noReplySeconds,
      blankSeconds: DEFAULT_SETTINGS.blankSeconds,
      sendMode: 'fill',
      includeContext: false,
      showNotice: true,
      resendOfferMinutes: DEFAULT_SETTINGS.resendOfferMinutes,
      preferredOrder: ['grok', 'claude', ...others],
    });
  });

  it('keeps both waits within their limits, in whole seconds', () => {
    const waits = [2, 4.4, 5.5, 600.4, 9999, -1].map((seconds) => normalizeSettings({ stallSeconds: seconds, noReplySeconds: seconds }));
    expect(waits.map((settings) => settings.stallSeconds)).toEqual([5, 5, 6, 600, 600, 5]);
    expect(waits.map((settings) => settings.noReplySeconds)).toEqual([5, 5, 6, 600, 600, 5]);
  });

  it('keeps the wait before offering another chatbot between 5 minutes and a day, in whole minutes', () => {
    const minutes = [1, 30.4, 90, 5000].map((value) => normalizeSettings({ resendOfferMinutes: value }).resendOfferMinutes);
    expect(minutes).toEqual([5, 30, 90, 1440]);
    expect(DEFAULT_SETTINGS.resendOfferMinutes).toBe(30);
  });

  it('reads anything that is not settings at all as the defaults', () => {
    for (const stored of [undefined, null, 42, 'settings', [], ['fill']]) expect(normalizeSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads stored settings, filling in only what was never written', async () => {
    await storage.setItem('local:settings', { stallSeconds: 20 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, stallSeconds: 20 });
  });

  it('stores only normalised settings, which is what lets reading skip the check', async () => {
    await storage.setItem('local:settings', { noReplySeconds: 'soon', preferredOrder: ['claude'] });
    await saveSettings({ stallSeconds: 1e6 });
    expect(await storage.getItem('local:settings')).toEqual({
      ...DEFAULT_SETTINGS,
      stallSeconds: 600,
      preferredOrder: ['claude', ...DEFAULT_SETTINGS.preferredOrder.filter((id) => id !== 'claude')],
    });
  });

  it('tells a watcher of every change, with the settings completed, until it stops watching', async () => {
    const seen: number[] = [];
    const stop = watchSettings((settings) => seen.push(settings.stallSeconds));
    await saveSettings({ stallSeconds: 30 });
    await storage.setItem('local:other', 1);
    await saveSettings({ stallSeconds: 40 });
    await vi.waitFor(() => expect(seen).toEqual([30, 40]));
    stop();
    await saveSettings({ stallSeconds: 50 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([30, 40]);
  });
});
