import { hasContent } from '../page/composer';

/** One prompt as it is being written. Its id stays the same while it is edited. */
export interface Draft {
  readonly id: string;
  readonly text: string;
  readonly createdAt: number;
}

export type SaveReason = 'typing' | 'blur' | 'hide' | 'send';

export interface RecorderOptions {
  /** Saves the draft: while typing, `delayMs` after the last change, and at least every `maxWaitMs`; at once otherwise. */
  readonly save: (draft: Draft, reason: SaveReason) => void;
  /** How long after the last keystroke the draft is saved. */
  readonly delayMs: number;
  /**
   * The longest a change waits during a burst of typing that never pauses for `delayMs`: a
   * renderer crash or a browser quit mid-burst loses at most this much. Unset: no limit.
   */
  readonly maxWaitMs?: number;
  readonly newId?: () => string;
  readonly now?: () => number;
}

/**
 * Turns keystrokes into saves: debounced while typing (with an upper limit on the wait),
 * immediate on blur, page hide and send. One record per prompt: a send, or clearing the
 * composer, starts the next one.
 */
export class DraftRecorder {
  private current: Draft | undefined;
  private savedText: string | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet saved was made (for the max wait). */
  private unsavedSince: number | undefined;
  private readonly newId: () => string;
  private readonly now: () => number;

  constructor(private readonly options: RecorderOptions) {
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.now = options.now ?? Date.now;
  }

  /** The prompt being written, if it has any text. */
  get draft(): Draft | undefined {
    return this.current;
  }

  /** The text last handed to `save` for the current draft. */
  get lastSaved(): string | undefined {
    return this.savedText;
  }

  /** The composer now holds `text` (called on every change seen, so unchanged text is a no-op). */
  typed(text: string): void {
    if (text === this.current?.text) return;
    if (!hasContent(text)) {
      // Clearing the composer ends this prompt; what was saved of it stays saved.
      this.flush('typing');
      this.rotate();
      return;
    }
    this.current = this.current
      ? { ...this.current, text }
      : { id: this.newId(), text, createdAt: this.now() };
    const now = this.now();
    this.unsavedSince ??= now;
    const { delayMs, maxWaitMs } = this.options;
    const wait = maxWaitMs === undefined ? delayMs : Math.max(0, Math.min(delayMs, this.unsavedSince + maxWaitMs - now));
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.flush('typing'), wait);
  }

  /** Saves what is unsaved now (blur, page hide, a send about to happen). */
  flush(reason: SaveReason): Draft | undefined {
    clearTimeout(this.pending);
    this.pending = undefined;
    this.unsavedSince = undefined;
    const draft = this.current;
    if (draft && draft.text !== this.savedText) {
      this.savedText = draft.text;
      this.options.save(draft, reason);
    }
    return draft;
  }

  /**
   * Carries on a prompt an earlier copy of the content script was writing (Detour was updated
   * mid-typing): the draft in the composer takes that prompt's id, so it stays one record. The
   * caller makes sure nothing was written under the draft's own id yet. Returns the id it had.
   */
  adopt(earlier: { readonly id: string; readonly createdAt: number; readonly savedText?: string }): string | undefined {
    const current = this.current;
    if (!current) return undefined;
    this.current = { ...current, id: earlier.id, createdAt: earlier.createdAt };
    if (earlier.savedText !== undefined) this.savedText = earlier.savedText;
    return current.id;
  }

  /** The prompt was sent: the next keystroke starts a new one. */
  rotate(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    this.unsavedSince = undefined;
    this.current = undefined;
    this.savedText = undefined;
  }
}
