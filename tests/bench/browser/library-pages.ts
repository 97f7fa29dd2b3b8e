/**
 * What the library benchmark runs inside Detour's own pages. Each function crosses to the page as
 * source text, so it names nothing outside itself.
 */

/** A word no seeded prompt has but the oldest: a search for it looks through the whole library. */
export const RARE_WORD = 'zanzibarite';

/**
 * Writes prompts `from`..`to`-1 straight into Detour's database (as sites.test.ts does), made up
 * in the page so no library crosses DevTools: about 600 characters of text each (the issue's
 * 10k-prompt export is 7.4 MB), the usual mix of statuses, sites, failures and a few tags.
 * Prompt 0 is the oldest and the only one with RARE_WORD.
 */
export function seedPrompts({ from, to, rare }: { from: number; to: number; rare: string }): Promise<void> {
  const words = (
    'the a of to and in is for on with as by this that how what why when write explain summarise list compare draft ' +
    'email letter report code function python typescript database index query table customer support ticket reply ' +
    'meeting notes agenda budget plan review essay chapter story outline translate french german spanish recipe ' +
    'dinner travel itinerary weekend lecture student exam answer question shorter longer formal friendly tone ' +
    'bullet points paragraph example please thanks again also maybe quickly carefully step by step détour naïve café'
  ).split(' ');
  const sites = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity', 'mistral', 'deepseek', 'grok'];
  const statuses = ['answered', 'answered', 'answered', 'sent', 'failed', 'stalled', 'draft'];
  let state = 0x9e3779b9 ^ from;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const start = Date.UTC(2025, 0, 1);
  const record = (index: number) => {
    const text = Array.from({ length: 90 }, (_, at) => (index === 0 && at === 45 ? rare : pick(words))).join(' ');
    const status = pick(statuses);
    const at = start + index * 60_000;
    return {
      id: `bench-${String(index).padStart(7, '0')}`,
      site: pick(sites),
      text: `Prompt ${index}: ${text}`,
      url: `https://chatgpt.com/c/bench-${index}`,
      createdAt: at,
      updatedAt: at + 5_000,
      status,
      ...(status !== 'draft' && { sentAt: at + 1_000 }),
      ...(status === 'failed' && { failure: { kind: 'error', place: 'turn', text: 'Something went wrong while generating the response.', at: at + 4_000 } }),
      ...(status === 'stalled' && { stall: { reason: 'no-progress', seconds: 60, at: at + 4_000 } }),
      ...(index % 50 === 7 && { tags: ['work'] }),
    };
  };
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('detour');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction('prompts', 'readwrite');
      const store = transaction.objectStore('prompts');
      for (let index = from; index < to; index++) store.put(record(index));
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

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
 * key of a word) and returns how long until the list shows exactly the prompt `id` and was
 * painted; then empties the box again and waits for the full list.
 */
export async function searchPopupFrame({ word, id }: { word: string; id: string }): Promise<number> {
  const frame = document.querySelector<HTMLIFrameElement>('iframe#bench-popup');
  const doc = frame?.contentDocument;
  const box = doc?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!frame || !doc || !box) throw new Error('No popup with a search box');
  const ids = () => Array.from(doc.querySelectorAll<HTMLElement>('ul.prompts li.prompt'), (row) => row.dataset.id);
  const until = async (done: () => boolean) => {
    const deadline = performance.now() + 60_000;
    while (!done()) {
      if (performance.now() > deadline) throw new Error(`The search showed ${ids().length} prompts`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  const type = (value: string) => {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const start = performance.now();
  type(word);
  await until(() => {
    const shown = ids();
    return shown.length === 1 && shown[0] === id;
  });
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => setTimeout(resolve, 0)));
  const took = performance.now() - start;
  type('');
  await until(() => ids().length > 1);
  return took;
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
