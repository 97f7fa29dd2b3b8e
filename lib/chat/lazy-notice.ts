import type { PageNotice } from '../notice/notice';
import type { ChatExtras } from './extras';

type Step = (notice: PageNotice, extras: ChatExtras) => void;

/**
 * The in-page notice, made the first time there is something to show, once the extras are in
 * (see lib/chat/extras.ts). Every step runs in the order it was asked, so a notice hidden after it
 * was shown stays hidden however long the first load took. A step whose extras cannot be loaded
 * (the background could not run their script) is dropped; the badge still says what happened.
 */
export class LazyNotice {
  private notice: PageNotice | undefined;
  private steps: Promise<void> = Promise.resolve();
  private asked = false;

  constructor(
    private readonly load: () => Promise<ChatExtras>,
    private readonly create: (extras: ChatExtras) => PageNotice,
  ) {}

  /** Runs `step` with the notice (loading it first when needed), after every step asked before it. */
  with(step: Step): void {
    this.asked = true;
    this.steps = this.steps.then(async () => {
      const extras = await this.load().catch(() => undefined);
      if (!extras) return;
      this.notice ??= this.create(extras);
      step(this.notice, extras);
    }).catch((error: unknown) => {
      // A step that failed is a bug: reported as any uncaught error, and the next steps still run.
      queueMicrotask(() => {
        throw error;
      });
    });
  }

  /** Runs `step` only if a notice was ever asked for: nothing is loaded to hide what was never shown. */
  ifAsked(step: Step): void {
    if (this.asked) this.with(step);
  }

  hide(): void {
    this.ifAsked((notice) => notice.hide());
  }
}
