import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deletePrompts, editPrompt, restorePrompts } from '../../lib/db/library';
import { type DetourDb, DB_NAME, openDb } from '../../lib/db/schema';
import { SearchIndex } from '../../lib/db/search-index';
import type { PromptRecord } from '../../lib/model';
import { type PromptQuery, usePromptQuery } from '../../lib/ui/use-prompt-query';

/** The list a page shows: the first screen from the background, then every query from the page's index. */
describe('usePromptQuery', () => {
  let db: DetourDb;
  beforeEach(async () => {
    db = openDb();
    const record = (id: string, text: string, updatedAt: number): PromptRecord => ({
      id,
      site: 'chatgpt',
      text,
      url: '',
      createdAt: 1,
      updatedAt,
      status: 'sent',
    });
    await db.prompts.bulkPut([record('a', 'Bake sourdough BREAD', 1000), record('b', 'Brew coffee', 2000), record('c', 'Plan a picnic', 3000)]);
  });
  afterEach(async () => {
    cleanup();
    db.close();
    await Dexie.delete(DB_NAME);
  });

  function List({ query, firstScreen }: { query: PromptQuery; firstScreen: (query: PromptQuery) => Promise<PromptRecord[]> }) {
    const [answer, refresh] = usePromptQuery(query, firstScreen, (error) => {
      throw error;
    });
    (globalThis as { refresh?: typeof refresh }).refresh = refresh;
    return <p data-testid="ids">{answer ? `${answer.prompts.map((prompt) => prompt.id).join(',')}/${answer.total ?? '?'}` : 'none'}</p>;
  }
  const shown = () => screen.getByTestId('ids').textContent;
  const refresh = (ids?: string[]) => (globalThis as unknown as { refresh: (ids?: string[]) => void }).refresh(ids);

  it('shows the first screen at once, then answers from the index, following changes made anywhere', async () => {
    const firstScreen = vi.fn(async () => [(await db.prompts.get('c'))!]);
    const { rerender } = render(<List query={{ limit: 2 }} firstScreen={firstScreen} />);
    await waitFor(() => expect(shown()).toBe('c/?'));
    // Once the library is read, the same query is asked of the index, which knows the total.
    await waitFor(() => expect(shown()).toBe('c,b/3'));
    expect(firstScreen).toHaveBeenCalledTimes(1);

    rerender(<List query={{ search: 'bread' }} firstScreen={firstScreen} />);
    await waitFor(() => expect(shown()).toBe('a/1'));

    // Edited elsewhere (the background): the newer time brings it in before the next search.
    await editPrompt(db, 'b', { text: 'Bread and coffee' }, 5000);
    refresh();
    await waitFor(() => expect(shown()).toBe('b,a/2'));

    // Deleted elsewhere: not found, so dropped.
    const gone = await deletePrompts(db, ['a']);
    refresh();
    await waitFor(() => expect(shown()).toBe('b/1'));

    // Put back with its old time (an undo): named to be read again.
    await restorePrompts(db, gone);
    refresh(['a']);
    await waitFor(() => expect(shown()).toBe('b,a/2'));
    expect(firstScreen).toHaveBeenCalledTimes(1);
  });

  it('answers a search from memory, without waiting for the database', async () => {
    const firstScreen = vi.fn(async () => [(await db.prompts.get('c'))!]);
    const { rerender } = render(<List query={{ limit: 2 }} firstScreen={firstScreen} />);
    await waitFor(() => expect(shown()).toBe('c,b/3'));
    // From here on, the database never answers: the search must not wait for it.
    const hung = vi.spyOn(Dexie.prototype, 'transaction').mockImplementation(() => new Promise(() => undefined) as never);
    try {
      rerender(<List query={{ search: 'coffee' }} firstScreen={firstScreen} />);
      await waitFor(() => expect(shown()).toBe('b/1'));
    } finally {
      hung.mockRestore();
    }
    // Edited elsewhere while the page searches from memory: the catch-up after the answer brings it in.
    await editPrompt(db, 'a', { text: 'Roast coffee beans' }, 6000);
    rerender(<List query={{ search: 'beans' }} firstScreen={firstScreen} />);
    await waitFor(() => expect(shown()).toBe('a/1'));
  });

  it('asks only the newest of the queries that came while one was answered', async () => {
    let release: () => void = () => undefined;
    const firstScreen = vi.fn(() => new Promise<PromptRecord[]>((resolve) => (release = () => resolve([]))));
    const { rerender } = render(<List query={{}} firstScreen={firstScreen} />);
    for (const search of ['p', 'pi', 'pic', 'picn']) rerender(<List query={{ search }} firstScreen={firstScreen} />);
    const find = vi.spyOn(SearchIndex.prototype, 'find');
    release();
    await waitFor(() => expect(shown()).toBe('c/1'));
    expect(firstScreen).toHaveBeenCalledTimes(1);
    expect(find.mock.calls.length).toBeGreaterThan(0);
    for (const [query] of find.mock.calls) expect(query?.search).toBe('picn');
  });
});
