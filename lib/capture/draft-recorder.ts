import { hasContent } from '../page/composer';

/** One prompt as it is being written. Its id stays the same while it is edited. */
export interface Draft {
  readonly id: string;
  readonly text: string;
  readonly createdAt: number;
}

export type SaveReason = 'typing' | 'blur' | 'hide' | 'send';

export interface RecorderOptions {
  /** Saves the draft; called at most once per `delayMs` while typing, at once otherwise. */
  readonly save: (draft: Draft, reason: SaveReason) => void;
  /** How long after the last keystroke the draft is saved. */
  readonly delayMs: number;
  readonly newId?: () => string;
  readonly now?: () => number;
}

/**
 * Turns keystrokes into saves: debounced while typing, immediate on blur, page hide and send.
 * One record per prompt: a send, or clearing the composer, starts the next one.
 */
export class DraftRecorder {
  private current: Draft | undefined;
  private savedText: string | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
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
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.flush('typing'), this.options.delayMs);
  }

  /** Saves what is unsaved now (blur, page hide, a send about to happen). */
  flush(reason: SaveReason): Draft | undefined {
    clearTimeout(this.pending);
    this.pending = undefined;
    const draft = this.current;
    if (draft && draft.text !== this.savedText) {
      this.savedText = draft.text;
      this.options.save(draft, reason);
    }
    return draft;
  }

  /** The last save did not reach the database: the next flush saves the text again. */
  markUnsaved(): void {
    this.savedText = undefined;
  }

  /** The prompt was sent: the next keystroke starts a new one. */
  rotate(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    this.current = undefined;
    this.savedText = undefined;
  }
}
