/**
 * What changed, narrowest first: only the text of a message, which never speaks for the UI (a
 * reply streaming in), and is looked at far less often, for the reply's progress (a stall) and the
 * sites that write a failure as the reply itself; something inside the conversation's last turn
 * alone (its action row drawn, a card in it), which leaves the rest of the page as the last look
 * found it; or the page (anything else, which can show a failure anywhere).
 */
export type Change = 'text' | 'turn' | 'page';

const WIDTH: Record<Change, number> = { text: 0, turn: 1, page: 2 };

/** The wider of two changes: what a look after both must read again. */
function wider(a: Change | undefined, b: Change): Change {
  return a !== undefined && WIDTH[a] >= WIDTH[b] ? a : b;
}

/**
 * When to look at the page again as it changes: at once on the first change after a quiet spell
 * (an error card is then seen in the same task that drew it, before the next frame), then at most
 * once per `windowMs` while changes keep coming, and once more after the last of them, so no
 * change goes unlooked-at. Changes to a message's text alone wait up to `textMs`. Each look is
 * told the widest change since the one before it (`look('text')`: nothing else changed).
 *
 * A timer is set only for a look that has to wait: a change after a quiet spell costs none (a
 * timer per look was a twentieth of a look's cost), and the window is told by the clock.
 */
export class Pace {
  /** The look due at the end of the window, while one is. */
  private window: ReturnType<typeof setTimeout> | undefined;
  private text: ReturnType<typeof setTimeout> | undefined;
  /** The widest change since the last look, while a look is due at the window's end. */
  private since: Change | undefined;
  /** When the last look that opened a window was made (`now()`). */
  private lookedAt = -Infinity;

  constructor(
    private readonly look: (since: Change) => void,
    private readonly windowMs: number,
    private readonly setTimer: (run: () => void, ms: number) => ReturnType<typeof setTimeout> = setTimeout,
    private readonly textMs = windowMs,
    private readonly now: () => number = Date.now,
  ) {}

  /** The page changed. */
  changed(change: Change = 'page'): void {
    if (change === 'text') {
      if (this.text === undefined) {
        this.text = this.setTimer(() => {
          this.text = undefined;
          // A look due at the window's end reads the text with the rest.
          if (!this.waits('text')) this.look('text');
        }, this.textMs);
      }
      return;
    }
    if (!this.waits(change)) this.lookNow(change);
  }

  stop(): void {
    clearTimeout(this.window);
    clearTimeout(this.text);
    this.window = undefined;
    this.text = undefined;
    this.since = undefined;
  }

  /** Whether `change` waits for the end of the window a look opened (the look then due is told of it). */
  private waits(change: Change): boolean {
    if (this.since !== undefined) {
      this.since = wider(this.since, change);
      return true;
    }
    const left = this.lookedAt + this.windowMs - this.now();
    // A clock set back (wall time) leaves more than a window: look at once.
    if (left <= 0 || left > this.windowMs) return false;
    this.since = change;
    this.window = this.setTimer(() => {
      const since = this.since!;
      this.window = undefined;
      this.since = undefined;
      this.lookNow(since);
    }, left);
    return true;
  }

  private lookNow(change: Change): void {
    this.lookedAt = this.now();
    this.look(change);
  }
}
