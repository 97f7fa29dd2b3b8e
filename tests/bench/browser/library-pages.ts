/**
 * What the library benchmark runs inside Detour's own pages. Each function crosses to the page as
 * source text, so it names nothing outside itself.
 */

export { RARE_WORD, seedPrompts } from '../../e2e/harness/seed';

/**
 * Opens the popup in a frame of this page (400 × 600, as the toolbar shows it) and returns how
 * long after the frame's navigation started its first useful screen was painted: the prompt list
 * showing its first prompt. Polled every few milliseconds from this page, the same way whatever
 * the popup's code, so a change to the popup cannot change what is measured.
 */
export async function openPopupFrame(path: string): Promise<number> {
  document.querySelector('iframe#bench-popup')?.remove();
  const frame = document.createElement('iframe');
  frame.id = 'bench-popup';
  frame.style.cssText = 'width:400px;height:600px;border:0';
  const start = performance.now();
  frame.src = path;
  document.body.append(frame);
  const deadline = start + 60_000;
  for (;;) {
    const doc = frame.contentDocument;
    if (doc?.querySelector('ul.prompts li.prompt')) break;
    if (performance.now() > deadline) throw new Error('The popup showed no prompt in 60 s');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  // The frame's next paint is the one that shows it.
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}

/**
 * In the popup frame, puts `word` into the search box as one input event (a paste, or the last
 * key of a word) and returns how long until the list shows exactly the prompt `id` (seen by a
 * MutationObserver, at the moment the popup changes its list); then empties the box again and
 * waits for the full list.
 */
export async function searchPopupFrame({ word, id }: { word: string; id: string }): Promise<number> {
  const frame = document.querySelector<HTMLIFrameElement>('iframe#bench-popup');
  const doc = frame?.contentDocument;
  const box = doc?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!frame || !doc || !box) throw new Error('No popup with a search box');
  const ids = () => Array.from(doc.querySelectorAll<HTMLElement>('ul.prompts li.prompt'), (row) => row.dataset.id);
  const until = (done: () => boolean) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The search showed ${ids().length} prompts`)), 60_000);
      const check = () => {
        if (!done()) return;
        const at = performance.now();
        watcher.disconnect();
        clearTimeout(timer);
        resolve(at);
      };
      const watcher = new MutationObserver(check);
      watcher.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true });
      check();
    });
  const type = (value: string) => {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const start = performance.now();
  type(word);
  const shown = await until(() => {
    const listed = ids();
    return listed.length === 1 && listed[0] === id;
  });
  type('');
  await until(() => ids().length > 1);
  return shown - start;
}

/**
 * Clicks the library page's JSON export and returns how long until the export was done: its
 * buttons, disabled while it runs, enabled again (the file is then the browser's to write).
 */
export async function exportJson(): Promise<number> {
  const button = document.querySelector<HTMLButtonElement>('button[data-format="json"]');
  if (!button) throw new Error('No export button');
  let wasDisabled = false;
  const done = new Promise<number>((resolve) => {
    const watcher = new MutationObserver(() => {
      if (button.disabled) wasDisabled = true;
      else if (wasDisabled) {
        watcher.disconnect();
        resolve(performance.now());
      }
    });
    watcher.observe(button, { attributes: true, attributeFilter: ['disabled'] });
  });
  const start = performance.now();
  button.click();
  const end = await Promise.race([done, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('The export did not finish in 5 minutes')), 300_000))]);
  return end - start;
}

/** The floor under any export: every prompt read from the database in one getAll, nothing written. */
export function readAllPrompts(): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const request = indexedDB.open('detour');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction('prompts', 'readonly').objectStore('prompts').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(performance.now() - start);
      };
      all.onerror = () => reject(all.error);
    };
  });
}
