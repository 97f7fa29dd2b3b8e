import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/options/App';
import { DB_NAME, type DetourDb, openDb } from '../../lib/db/schema';
import { createHandlers } from '../../lib/messaging/handlers';
import { handleMessages } from '../../lib/messaging/serve';

/**
 * Importing on the options page, as a person does: pick a file, see what would be skipped, then
 * choose. The page writes the extension's database itself.
 */

const good = (id: string) => ({
  id,
  site: 'chatgpt',
  text: `Prompt ${id}`,
  url: 'https://chatgpt.com/',
  status: 'sent',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:01Z',
});
const exportFile = (prompts: unknown[]) =>
  new File([JSON.stringify({ format: 'detour-prompts', version: 1, exportedAt: '2026-01-02T00:00:00Z', prompts })], 'detour.json', {
    type: 'application/json',
  });

describe('importing on the options page', () => {
  let db: DetourDb;
  let stop: () => void;

  beforeEach(() => {
    db = openDb();
    stop = handleMessages(createHandlers(db));
  });
  afterEach(async () => {
    cleanup();
    vi.restoreAllMocks();
    stop();
    db.close();
    await Dexie.delete(DB_NAME);
  });

  const message = () => document.querySelector('.message')?.textContent ?? '';
  const pick = (file: File) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  };
  const ids = async () => (await db.prompts.toArray()).map((prompt) => prompt.id).sort();

  it('imports a file whose prompts all check out at once', async () => {
    render(<App />);
    pick(exportFile([good('a'), good('b')]));
    await waitFor(() => expect(message()).toBe('Imported: 2 new, 0 updated, 0 already here.'));
    expect(await ids()).toEqual(['a', 'b']);
  });

  it('shows what would be skipped and writes nothing until the person chooses to import the good prompts', async () => {
    render(<App />);
    pick(exportFile([good('a'), { ...good('b'), site: 'bard' }, good('c')]));
    const button = await screen.findByRole('button', { name: 'Import the good prompts (2), skip the others (1)' });
    expect(screen.getByText('Some prompts in this file cannot be imported:')).toBeTruthy();
    expect(screen.getByText(/^Prompt 2 was skipped: "site" is "bard"/)).toBeTruthy();
    expect(await ids()).toEqual([]);
    fireEvent.click(button);
    await waitFor(() => expect(message()).toBe('Imported: 2 new, 0 updated, 0 already here.'));
    expect(await ids()).toEqual(['a', 'c']);
    expect(screen.queryByRole('button', { name: /Import the good prompts/ })).toBeNull();
  });

  it('imports nothing when the person says so', async () => {
    render(<App />);
    pick(exportFile([good('a'), 7]));
    fireEvent.click(await screen.findByRole('button', { name: 'Import nothing' }));
    await waitFor(() => expect(message()).toBe('Nothing was imported.'));
    expect(await ids()).toEqual([]);
  });

  it('refuses a file none of whose prompts can be imported, listing why, with nothing to choose', async () => {
    render(<App />);
    pick(exportFile([7, { ...good('b'), text: '' }]));
    await waitFor(() => expect(message()).toBe('No prompt in this file can be imported:'));
    expect(screen.getByText('Prompt 2 was skipped: "text" is empty.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();
  });

  it('says in words that the disk is full, and has written nothing', async () => {
    await db.prompts.put({ ...good('kept'), createdAt: 1, updatedAt: 2 } as never);
    // The disk fills up on the second prompt the import writes.
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    render(<App />);
    pick(exportFile([good('a'), good('b'), good('c')]));
    await waitFor(() => expect(message()).toBe('The disk is full, so Detour imported nothing. Free some space and import the file again.'));
    expect(await ids()).toEqual(['kept']);
  });
});
