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
 */
export class Pace {
  private window: ReturnType<typeof setTimeout> | undefined;
  private text: ReturnType<typeof setTimeout> | undefined;
  /** The widest change since the last look, inside the current window. */
  private since: Change | undefined;

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
      this.since = wider(this.since, change);
      return;
    }
    this.open();
    this.look(change);
  }

  stop(): void {
    clearTimeout(this.window);
    clearTimeout(this.text);
    this.window = undefined;
    this.text = undefined;
    this.since = undefined;
  }

  private textChanged(): void {
    // A window is open: its look is due at its end, and reads the text with the rest.
    if (this.window !== undefined) {
      this.since = wider(this.since, 'text');
      return;
    }
    this.look('text');
  }

  private open(): void {
    this.window = this.setTimer(() => {
      this.window = undefined;
      const since = this.since;
      if (since === undefined) return;
      this.since = undefined;
      this.open();
      this.look(since);
    }, this.windowMs);
  }
}
