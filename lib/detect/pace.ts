/**
 * When to look at the page again as it changes: at once on the first change after a quiet spell
 * (an error card is then seen in the same task that drew it, before the next frame), then at most
 * once per `windowMs` while changes keep coming (a streaming reply changes the page constantly),
 * and once more after the last of them, so no change goes unlooked-at.
 */
export class Pace {
  private window: ReturnType<typeof setTimeout> | undefined;
  /** Something changed since the last look, inside the current window. */
  private dirty = false;

  constructor(
    private readonly look: () => void,
    private readonly windowMs: number,
    private readonly setTimer: (run: () => void, ms: number) => ReturnType<typeof setTimeout> = setTimeout,
  ) {}

  /** The page changed. */
  changed(): void {
    if (this.window !== undefined) {
      this.dirty = true;
      return;
    }
    this.open();
    this.look();
  }

  stop(): void {
    clearTimeout(this.window);
    this.window = undefined;
    this.dirty = false;
  }

  private open(): void {
    this.window = this.setTimer(() => {
      this.window = undefined;
      if (!this.dirty) return;
      this.dirty = false;
      this.open();
      this.look();
    }, this.windowMs);
  }
}
