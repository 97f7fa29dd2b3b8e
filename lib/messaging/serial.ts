/**
 * Runs async calls one after another, in the order they were asked for: a prompt's outcome must
 * not reach the database before the prompt's own save. A call that fails rejects for its caller
 * only; the next one still runs.
 */
export class Serial {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(call: () => Promise<T>): Promise<T> {
    const next = this.last.then(call);
    this.last = next.catch(() => undefined);
    return next;
  }
}
