import type { PromptRecord } from '../model';
import { normalizeText } from '../text';
import { type ListQuery, queryMatcher } from './prompts';

/**
 * The library held in memory the way a search looks at it: each prompt as read, and its text
 * normalised once (lib/text.ts). A search is then a pass over strings in memory, not over the
 * database: about a millisecond per 10,000 prompts instead of reading and normalising every record
 * at every keystroke, and the prompts it finds are at hand to show, with no database request
 * between the keystroke and the list. Same answers, in the same order, as listPrompts.
 */

interface Entry {
  readonly record: PromptRecord;
  /** The text in normalizeText's form. */
  readonly text: string;
}

/** Newest first; among equals, the greater id first, as a reversed IndexedDB index walks them. */
const newestFirst = (a: Entry, b: Entry) =>
  b.record.updatedAt - a.record.updatedAt || (a.record.id < b.record.id ? 1 : a.record.id > b.record.id ? -1 : 0);

/** Two reads of one stored prompt: structured clones of it, so equal when their JSON is. */
const sameRecord = (a: PromptRecord, b: PromptRecord) => a === b || JSON.stringify(a) === JSON.stringify(b);

export class SearchIndex {
  readonly #entries = new Map<string, Entry>();
  #sorted: Entry[] | undefined;
  #latest = 0;

  /** The newest `updatedAt` the index has seen: anything changed since is at or after it. */
  get latest(): number {
    return this.#latest;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * Adds prompts, or replaces the index's copy of them, and says whether the index changed. A
   * prompt the index already holds as it is changes nothing: the catch-up after a search, which
   * always reads the newest prompt again, then costs no re-sort and no new answer.
   */
  put(records: readonly PromptRecord[]): boolean {
    let changed = false;
    for (const record of records) {
      const held = this.#entries.get(record.id);
      if (held && sameRecord(held.record, record)) continue;
      this.#entries.set(record.id, { record, text: normalizeText(record.text) });
      if (record.updatedAt > this.#latest) this.#latest = record.updatedAt;
      changed = true;
    }
    if (changed) this.#sorted = undefined;
    return changed;
  }

  /** Drops prompts, and says whether the index held any of them. */
  remove(ids: readonly string[]): boolean {
    let changed = false;
    for (const id of ids) if (this.#entries.delete(id)) changed = true;
    if (changed) this.#sorted = undefined;
    return changed;
  }

  /** The prompts the index holds of these ids, in their order. */
  get(ids: readonly string[]): PromptRecord[] {
    return ids.flatMap((id) => this.#entries.get(id)?.record ?? []);
  }

  /** The ids of the prompts the query finds, in listPrompts' order, up to its limit. */
  find(query: ListQuery = {}): string[] {
    this.#sorted ??= [...this.#entries.values()].sort(newestFirst);
    const wanted = queryMatcher(query);
    const limit = query.limit ?? Infinity;
    const matches = (entry: Entry) => wanted(entry.record.tags, () => entry.text);
    const found: string[] = [];
    const collect = (wanted: (entry: Entry) => boolean) => {
      for (const entry of this.#sorted!) {
        if (found.length >= limit) return;
        if (wanted(entry) && matches(entry)) found.push(entry.record.id);
      }
    };
    if (!query.pinnedFirst) collect(() => true);
    else {
      collect((entry) => entry.record.pinned === true);
      collect((entry) => entry.record.pinned !== true);
    }
    return found;
  }
}
