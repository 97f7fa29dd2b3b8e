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

/**
 * A Serial for each key: calls with the same key (a tab) run one after another, calls with
 * different keys run side by side. A key is forgotten once its last call is done.
 */
export class SerialByKey<K> {
  private readonly chains = new Map<K, Promise<unknown>>();

  run<T>(key: K, call: () => Promise<T>): Promise<T> {
    const next = (this.chains.get(key) ?? Promise.resolve()).then(call);
    const settled = next.catch(() => undefined);
    this.chains.set(key, settled);
    void settled.then(() => {
      if (this.chains.get(key) === settled) this.chains.delete(key);
    });
    return next;
  }
}
