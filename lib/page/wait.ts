/**
 * Waits until `probe` finds something, looking again on every change to the document (never on
 * a polling loop), and gives up after `timeoutMs` with one last look.
 */
export function waitFor<T>(doc: Document, probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const found = probe();
    if (found !== undefined) {
      resolve(found);
      return;
    }
    const view = doc.defaultView ?? globalThis;
    const finish = (value: T | undefined) => {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve(value);
    };
    const observer = new view.MutationObserver(() => {
      const value = probe();
      if (value !== undefined) finish(value);
    });
    observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = view.setTimeout(() => finish(probe()), timeoutMs);
  });
}
