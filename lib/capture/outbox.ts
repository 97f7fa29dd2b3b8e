import type { OutcomeInput, PromptInput } from '../db/prompts';

/** What became of a sent prompt, as the content script reports it. */
export type OutcomeRequest = OutcomeInput & { readonly id: string; readonly url: string };

export interface OutboxOptions {
  /** Writes a prompt (a draft or a send) to the database, through the background. */
  readonly save: (input: PromptInput) => Promise<unknown>;
  /** Records a sent prompt's outcome. */
  readonly outcome: (request: OutcomeRequest) => Promise<unknown>;
  /** A write did not land: it is kept, and tried again. */
  readonly onFailure: (error: unknown, input: PromptInput | undefined) => void;
  /** Every write kept after a failure has landed. */
  readonly onRecovered: () => void;
  /** Everything has landed (after any run of writes). */
  readonly onIdle?: () => void;
  /** Timers (the content script's, which stop with it). */
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  /** The waits before each try again; the last one repeats. */
  readonly retryDelaysMs?: readonly number[];
}

/** A failed write is tried again after 1 s, then 2, 5 and every 10 s: time to free some space. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000] as const;

/**
 * Every write of the chat page, in order, until it lands. A prompt's text is held here, in
 * memory, from the moment it is saved until the database has it: a save that fails (a full disk,
 * the background unreachable) is kept and tried again, with the newest text of that prompt, and
 * nothing else can take it back (a send empties the composer, the recorder moves on to the next
 * prompt; the text stays here). Saves of one prompt coalesce: only its newest text is written,
 * and a send is never undone by a later draft. A prompt's outcome is written after its save.
 */
export class Outbox {
  /** Saves not yet landed, by prompt id, oldest first. */
  private readonly saves = new Map<string, PromptInput>();
  /** Outcomes not yet landed, by prompt id: each waits for its prompt's save. */
  private readonly outcomes = new Map<string, OutcomeRequest>();
  private running = false;
  private again = false;
  private failures = 0;
  private retryTimer = false;
  private held: Promise<unknown> | undefined;
  /** The saves under way (sent, not yet answered), each with the promise of its answer. */
  private readonly sending = new Map<PromptInput, Promise<boolean>>();

  constructor(private readonly options: OutboxOptions) {}

  /** Whether anything is still to land. */
  get idle(): boolean {
    return this.saves.size === 0 && this.outcomes.size === 0;
  }

  /** Whether a failure was seen and not yet made good. */
  get failing(): boolean {
    return this.failures > 0;
  }

  /** Whether the save of prompt `id` has not landed yet. */
  holds(id: string): boolean {
    return this.saves.has(id);
  }

  /** The saves not landed yet (handed to a newer copy of the content script). */
  pending(): PromptInput[] {
    return [...this.saves.values()];
  }

  /** Saves `input`; its text is held until it lands. */
  save(input: PromptInput): void {
    const before = this.saves.get(input.id);
    this.saves.set(input.id, {
      ...input,
      createdAt: Math.min(input.createdAt, before?.createdAt ?? input.createdAt),
      // A send stays a send: a later draft save of the same prompt does not undo it.
      sent: input.sent || (before?.sent ?? false),
    });
    this.kick();
  }

  /** Records an outcome, after its prompt's save if that has not landed. */
  outcome(request: OutcomeRequest): void {
    this.outcomes.set(request.id, request);
    this.kick();
  }

  /** Writes nothing until `until` settles (the prompt's id is being looked up). */
  hold(until: Promise<unknown>): void {
    const held = until.catch(() => undefined).then(() => {
      if (this.held === held) this.held = undefined;
    });
    this.held = held;
  }

  /**
   * The page is going away (pagehide): every save held here is sent now, each prompt's newest
   * text, without waiting for the write under way, whose answer may never come back to a page
   * that is gone (a tab closed right after a save went out would otherwise take its last
   * keystrokes with it). The background writes one prompt's saves in the order they came.
   * Outcomes still wait for their saves, and nothing is sent while held (see hold).
   */
  hurry(): void {
    if (this.held) return;
    for (const [id, input] of this.saves) void this.writeSave(id, input);
  }

  /** A prompt was given another id before any of it was written: what waits here follows. */
  rename(from: string, to: string): void {
    for (const map of [this.saves, this.outcomes] as Map<string, { id: string }>[]) {
      const entry = map.get(from);
      if (!entry) continue;
      map.delete(from);
      map.set(to, { ...entry, id: to });
    }
  }

  /** Starts writing, unless a run is under way (it picks up what came meanwhile). */
  private kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        if (this.held) await this.held;
        if (!(await this.writeAll())) return;
      } while (this.again);
      if (this.failures > 0 && this.idle) {
        this.failures = 0;
        this.options.onRecovered();
      }
      if (this.idle) this.options.onIdle?.();
    } finally {
      this.running = false;
    }
  }

  /** Writes each waiting save, then its outcome. Returns false at the first failure (retry is set). */
  private async writeAll(): Promise<boolean> {
    for (const [id, input] of [...this.saves]) {
      if (!(await this.writeSave(id, input))) return false;
    }
    for (const [id, request] of [...this.outcomes]) {
      if (this.saves.has(id)) continue;
      try {
        await this.options.outcome(request);
      } catch (error) {
        this.failed(error, undefined);
        return false;
      }
      if (this.outcomes.get(id) === request) this.outcomes.delete(id);
    }
    return true;
  }

  /** Writes one save (or waits for the same save already under way). Returns false if it failed. */
  private writeSave(id: string, input: PromptInput): Promise<boolean> {
    const under = this.sending.get(input);
    if (under) return under;
    let call: Promise<unknown>;
    try {
      call = this.options.save(input);
    } catch (error) {
      call = Promise.reject(error);
    }
    const written = call.then(
      () => {
        if (this.saves.get(id) === input) this.saves.delete(id);
        return true;
      },
      (error: unknown) => {
        this.failed(error, input);
        return false;
      },
    );
    this.sending.set(input, written);
    void written.then(() => this.sending.delete(input));
    return written;
  }

  private failed(error: unknown, input: PromptInput | undefined): void {
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    const delay = delays[Math.min(this.failures, delays.length - 1)] ?? 10_000;
    this.failures++;
    this.options.onFailure(error, input);
    if (this.retryTimer) return;
    this.retryTimer = true;
    this.options.setTimeout(() => {
      this.retryTimer = false;
      this.kick();
    }, delay);
  }
}
