import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildMenus, menuChoice, menuItems, onMenuClick } from '../../lib/menus/context-menus';
import { onTabMessage } from '../../lib/messaging/protocol';
import { claimDelivery } from '../../lib/tabs/records';
import { DEFAULT_SETTINGS } from '../../lib/settings';

/** The fake browser has no menus: a list that refuses a taken id, as browsers do. */
function fakeMenus() {
  const items = new Map<string, object>();
  const api = {
    items,
    removeAll: vi.fn(async () => items.clear()),
    create: vi.fn((item: { id: string }, done: () => void) => {
      if (items.has(item.id)) Object.assign(fakeBrowser.runtime, { lastError: { message: `duplicate id ${item.id}` } });
      else items.set(item.id, item);
      done();
      Object.assign(fakeBrowser.runtime, { lastError: undefined });
    }),
  };
  Object.assign(fakeBrowser, { contextMenus: api });
  return api;
}

describe('the right-click menus', () => {
  it('offer every alternative under "Send to" on a selection, and under "Send this prompt to" on the chatbots\' message boxes', () => {
    const items = menuItems(['claude', 'gemini']);
    expect(items.map(({ id, parentId, title }) => [id, parentId, title])).toEqual([
      ['detour-selection', undefined, 'Send to'],
      ['detour-selection:claude', 'detour-selection', 'Claude'],
      ['detour-selection:gemini', 'detour-selection', 'Gemini'],
      ['detour-composer', undefined, 'Send this prompt to'],
      ['detour-composer:claude', 'detour-composer', 'Claude'],
      ['detour-composer:gemini', 'detour-composer', 'Gemini'],
    ]);
    expect(items.filter((item) => item.contexts[0] === 'editable').every((item) => item.documentUrlPatterns?.includes('https://chatgpt.com/*'))).toBe(true);
    expect(items.filter((item) => item.contexts[0] === 'selection').every((item) => item.documentUrlPatterns === undefined)).toBe(true);
  });

  it('tell their own items from anyone else\'s', () => {
    expect(menuChoice('detour-composer:grok')).toEqual({ source: 'composer', target: 'grok' });
    expect(menuChoice('detour-selection:bard')).toBeUndefined();
    expect(menuChoice('other-extension:claude')).toBeUndefined();
    expect(menuChoice(7)).toBeUndefined();
  });

  it('are built once even when asked twice at once, and leave out paused chatbots', async () => {
    const menus = fakeMenus();
    await Promise.all([buildMenus(DEFAULT_SETTINGS), buildMenus({ ...DEFAULT_SETTINGS, pausedSites: ['grok'] })]);
    expect(menus.create.mock.calls.filter(([item]) => item.id === 'detour-selection')).toHaveLength(2);
    expect([...menus.items.keys()]).not.toContain('detour-selection:grok');
    expect(menus.items.size).toBe(2 + 2 * (DEFAULT_SETTINGS.preferredOrder.length - 1));
  });
});

describe('a click on a menu item', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (properties) => ({ id: 99, index: 1, url: properties.url }) as never);
  });
  afterEach(() => stop?.());

  it('opens the chatbot chosen with the selected text', async () => {
    await onMenuClick({ menuItemId: 'detour-selection:claude', selectionText: 'Explain this paragraph' }, undefined, () => 5);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://claude.ai/new' }));
    expect(await claimDelivery(99, 6)).toMatchObject({ text: 'Explain this paragraph', target: 'claude', send: true });
  });

  it('sends what the chatbot\'s message box holds, read by Detour\'s content script there', async () => {
    stop = onTabMessage('composer.read', () => ({ text: 'Line one\n\nLine three' }));
    await onMenuClick({ menuItemId: 'detour-composer:gemini', selectionText: 'Line one Line three' }, 4, () => 5);
    expect(await claimDelivery(99, 6)).toMatchObject({ text: 'Line one\n\nLine three', target: 'gemini' });
  });

  it('falls back on the selection when the page does not answer, and does nothing with no text at all', async () => {
    await onMenuClick({ menuItemId: 'detour-composer:gemini', selectionText: 'Only this' }, 4, () => 5);
    expect(await claimDelivery(99, 6)).toMatchObject({ text: 'Only this' });
    vi.mocked(fakeBrowser.tabs.create).mockClear();
    await onMenuClick({ menuItemId: 'detour-selection:gemini', selectionText: '   ' }, 4, () => 5);
    await onMenuClick({ menuItemId: 'someone-else', selectionText: 'text' }, 4, () => 5);
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });
});
