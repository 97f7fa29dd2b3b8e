import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabRecord } from '../../lib/model';
import { clearTabRecord, forgetCopies, getTabRecord, putTabRecord } from '../../lib/tabs/records';

const record = (text: string): TabRecord => ({
  tabId: 7,
  site: 'chatgpt',
  url: 'https://chatgpt.com/c/1',
  health: { status: 'failed', failure: { kind: 'error', place: 'turn', text } },
  at: 1,
});

describe("the background's tab records", () => {
  it('are read from storage once, then from the copy it wrote or read', async () => {
    await putTabRecord(record('Oops'));
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await getTabRecord(7)).toEqual(record('Oops'));
    expect(read).not.toHaveBeenCalled();
    await clearTabRecord(7);
    expect(await getTabRecord(7)).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
  });

  it('are read from storage again by a background that restarted', async () => {
    await putTabRecord(record('Oops'));
    forgetCopies();
    expect(await getTabRecord(7)).toEqual(record('Oops'));
    await fakeBrowser.storage.session.set({ 'tab-7': record('Written before the restart') });
    expect(await getTabRecord(7)).toEqual(record('Oops'));
    forgetCopies();
    expect(await getTabRecord(7)).toEqual(record('Written before the restart'));
  });

  it('never take back a value a read began to fetch before a newer write', async () => {
    await fakeBrowser.storage.session.set({ 'tab-7': record('Older') });
    const reading = getTabRecord(7);
    await putTabRecord(record('Newer'));
    await reading;
    expect(await getTabRecord(7)).toEqual(record('Newer'));
  });
});
