import { describe, expect, it, vi } from 'vitest';
import { alternativeOrder, DEFAULT_SETTINGS, loadSettings, migrateSettings, normalizeSettings, saveSettings, watchSettings } from '../lib/settings';
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
    await storage.setItem('sync:settings', { stallSeconds: 9999 });
    await migrateSettings();
    expect(await storage.getItem('sync:settings')).toMatchObject({ stallSeconds: 600, sendMode: 'send' });
    const writes: unknown[] = [];
    const unwatch = storage.watch('sync:settings', (value) => writes.push(value));
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
      retentionDays: 0,
      pausedSites: [],
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
    await storage.setItem('sync:settings', { stallSeconds: 20 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, stallSeconds: 20 });
  });

  it('stores only normalised settings, which is what lets reading skip the check', async () => {
    await storage.setItem('sync:settings', { noReplySeconds: 'soon', preferredOrder: ['claude'] });
    await saveSettings({ stallSeconds: 1e6 });
    expect(await storage.getItem('sync:settings')).toEqual({
      ...DEFAULT_SETTINGS,
      stallSeconds: 600,
      preferredOrder: ['claude', ...DEFAULT_SETTINGS.preferredOrder.filter((id) => id !== 'claude')],
    });
  });

  it('tells a watcher of every change, with the settings completed, until it stops watching', async () => {
    const seen: number[] = [];
    const stop = watchSettings((settings) => seen.push(settings.stallSeconds));
    await saveSettings({ stallSeconds: 30 });
    await storage.setItem('sync:other', 1);
    await saveSettings({ stallSeconds: 40 });
    await vi.waitFor(() => expect(seen).toEqual([30, 40]));
    stop();
    await saveSettings({ stallSeconds: 50 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([30, 40]);
  });

  it('keeps prompts forever unless told a whole number of days, within ten years', () => {
    const days = [undefined, 30, 7.4, -3, 99_999, 'a week'].map((retentionDays) => normalizeSettings({ retentionDays }).retentionDays);
    expect(days).toEqual([0, 30, 7, 0, 3650, 0]);
  });

  it('pauses only sites Detour knows, each once, and never offers a paused one as an alternative', () => {
    const settings = normalizeSettings({ pausedSites: ['claude', 'bard', 'claude', 'grok'] });
    expect(settings.pausedSites).toEqual(['claude', 'grok']);
    expect(alternativeOrder(settings)).toEqual(DEFAULT_SETTINGS.preferredOrder.filter((id) => id !== 'claude' && id !== 'grok'));
  });
});

describe('settings that follow the person', () => {
  it('live in storage.sync, never beside the prompts in storage.local', async () => {
    await saveSettings({ stallSeconds: 42 });
    expect(await storage.getItem('sync:settings')).toMatchObject({ stallSeconds: 42 });
    expect(await storage.getItem('local:settings')).toBeNull();
  });

  it('move from this device\'s storage into the synced one, once', async () => {
    await storage.setItem('local:settings', { stallSeconds: 20, sendMode: 'fill' });
    await migrateSettings();
    expect(await loadSettings()).toMatchObject({ stallSeconds: 20, sendMode: 'fill' });
    expect(await storage.getItem('local:settings')).toBeNull();
  });

  it('keep what already synced from another browser over this device\'s older copy', async () => {
    await storage.setItem('sync:settings', { ...DEFAULT_SETTINGS, stallSeconds: 90 });
    await storage.setItem('local:settings', { stallSeconds: 20 });
    await migrateSettings();
    expect((await loadSettings()).stallSeconds).toBe(90);
    expect(await storage.getItem('local:settings')).toBeNull();
  });
});
