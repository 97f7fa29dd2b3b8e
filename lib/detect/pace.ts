/**
 * What changed: the page (anything that can show a failure), or only the text of a message, which
 * never speaks for the UI (a reply streaming in): that is looked at far less often, for the
 * reply's progress (a stall) and the sites that write a failure as the reply itself.
 */
export type Change = 'page' | 'text';

/**
 * When to look at the page again as it changes: at once on the first change after a quiet spell
 * (an error card is then seen in the same task that drew it, before the next frame), then at most
 * once per `windowMs` while changes keep coming, and once more after the last of them, so no
 * change goes unlooked-at. Changes to a message's text alone wait up to `textMs`, and the look
 * they get is told so (`look('text')`): nothing else changed since the look before it.
 */
export class Pace {
  private window: ReturnType<typeof setTimeout> | undefined;
  private text: ReturnType<typeof setTimeout> | undefined;
  /** Something changed since the last look, inside the current window. */
  private dirty = false;

  constructor(
    private readonly look: (since: Change) => void,
    private readonly windowMs: number,
    private readonly setTimer: (run: () => void, ms: number) => ReturnType<typeof setTimeout> = setTimeout,
    private readonly textMs = windowMs,
  ) {}

  /** The page changed. */
  changed(change: Change = 'page'): void {
    if (change === 'text') {
      if (this.text === undefined) {
        this.text = this.setTimer(() => {
          this.text = undefined;
          this.textChanged();
        }, this.textMs);
      }
      return;
    }
    if (this.window !== undefined) {
      this.dirty = true;
      return;
    }
    this.open();
    this.look('page');
  }

  stop(): void {
    clearTimeout(this.window);
    clearTimeout(this.text);
    this.window = undefined;
    this.text = undefined;
    this.dirty = false;
  }

  private textChanged(): void {
    // A window is open: its look is due at its end, and reads the page, text and all.
    if (this.window !== undefined) {
      this.dirty = true;
      return;
    }
    this.look('text');
  }

  private open(): void {
    this.window = this.setTimer(() => {
      this.window = undefined;
      if (!this.dirty) return;
      this.dirty = false;
      this.open();
      this.look('page');
    }, this.windowMs);
  }
}
