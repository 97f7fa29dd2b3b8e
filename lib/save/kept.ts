import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type PromptInput, savePrompt } from '../db/prompts';
import type { DetourDb } from '../db/schema';

/**
 * Background: a prompt the database refused (the disk is full, say) is kept in session storage,
 * which lives in memory, until it lands. It outlives its tab (closed, crashed) and the background being
 * stopped; it is tried again on every save that lands and on an alarm, and is gone only when the
 * database has it (or when the browser quits, since memory is all there is while the disk is full).
 */

const PREFIX = 'kept-';
const keptKey = (id: string) => `session:${PREFIX}${id}` as const;

/** The alarm that tries kept prompts again while there are any. */
export const KEPT_ALARM = 'detour-kept';

interface Kept {
  readonly input: PromptInput;
  /** When it was saved (the record's time, not the time it finally lands). */
  readonly at: number;
}

/**
 * Whether session storage may hold kept prompts: so that a save (one a second while typing) looks
 * for them only when there can be some. True at each start of the background, which does not
 * know what an earlier run kept.
 */
let mayHaveKept = true;

/** Saves and retries go one after another: a retry never writes over a newer save. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Saves a prompt; when the disk refuses it, keeps it in memory before passing the error on (the
 * page says so). A save that lands makes room for the kept ones, which are tried at once after it.
 */
export function saveOrKeep(db: DetourDb, input: PromptInput, now: number): Promise<void> {
  const saved = serial(async () => {
    try {
      await write(db, input, now);
    } catch (error) {
      // Memory has room when the disk has none; if even that fails, the page still holds the text.
      await keep(input, now).catch(() => undefined);
      throw error;
    }
    // This prompt's newest text is in: a copy kept from a failed save is history.
    await storage.removeItem(keptKey(input.id));
  });
  if (mayHaveKept) void saved.then(() => landKept(db), () => undefined);
  return saved;
}

/**
 * Writes a prompt. Firefox closes a database connection whose write went over quota: every later
 * write on it fails ("InvalidStateError: … did not allow mutations"), so the connection is opened
 * again once, and the write tried on it (where a full disk fails as itself again).
 */
async function write(db: DetourDb, input: PromptInput, at: number): Promise<void> {
  try {
    await savePrompt(db, input, at);
  } catch (error) {
    if (!connectionLost(error)) throw error;
    db.close();
    await db.open();
    await savePrompt(db, input, at);
  }
}

function connectionLost(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown } | undefined)?.inner].map((candidate) => (candidate as { name?: unknown } | undefined)?.name);
  return names.includes('InvalidStateError') || names.includes('DatabaseClosedError');
}

async function keep(input: PromptInput, at: number): Promise<void> {
  const before = await storage.getItem<Kept>(keptKey(input.id));
  const sent = input.sent || (before?.input.sent ?? false);
  mayHaveKept = true;
  await storage.setItem<Kept>(keptKey(input.id), { input: { ...input, sent }, at });
  await ensureAlarm(true);
}

/** The prompts kept from failed saves, oldest first. */
export async function keptPrompts(): Promise<Kept[]> {
  const all = await storage.snapshot('session');
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as Kept)
    .sort((a, b) => a.at - b.at);
}

/** The text kept for `id`, if its last save failed. */
export async function keptPrompt(id: string): Promise<PromptInput | undefined> {
  return (await storage.getItem<Kept>(keptKey(id)))?.input;
}

/** Tries every kept prompt again; returns how many are still kept. */
export function landKept(db: DetourDb): Promise<number> {
  return serial(async () => {
    const kept = await keptPrompts();
    let left = kept.length;
    for (const { input, at } of kept) {
      const existing = await db.prompts.get(input.id);
      // A newer write of this prompt landed meanwhile: this copy is history.
      const stale = existing !== undefined && existing.updatedAt > at;
      try {
        if (!stale) await write(db, input, at);
      } catch {
        break;
      }
      await storage.removeItem(keptKey(input.id));
      left--;
    }
    mayHaveKept = left > 0;
    await ensureAlarm(left > 0);
    return left;
  });
}

async function ensureAlarm(wanted: boolean): Promise<void> {
  if (!browser.alarms) return;
  if (!wanted) {
    await browser.alarms.clear(KEPT_ALARM);
    return;
  }
  if (!(await browser.alarms.get(KEPT_ALARM))) await browser.alarms.create(KEPT_ALARM, { periodInMinutes: 1 });
}
