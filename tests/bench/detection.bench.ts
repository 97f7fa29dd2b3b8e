import { Window } from 'happy-dom';
import { performance } from 'node:perf_hooks';
import { takeSnapshot } from '../../lib/detect/watcher';
import { chatgpt } from '../../lib/sites/chatgpt';
import { findPhrase, normalizeText } from '../../lib/text';
import { chatgptKit } from '../e2e/stand-in/kits/chatgpt';

/**
 * Detection's own code in happy-dom, not in a browser: one look at the page (takeSnapshot) on
 * conversations of growing length, beside a naive check that reads the whole document's text for
 * error phrases. happy-dom's selector engine and text are nothing like a browser's (its
 * microseconds are about a thousand times below what Chromium measures), so only how each grows
 * with the thread means anything here. For real figures: npm run bench:browser
 * (tests/bench/browser/content.bench.ts). Run: npm run bench.
 */

const PARAGRAPH = '<p>Here is a paragraph of a long answer, with <code>inline code</code>, some <strong>bold</strong> words and enough text to look like a real reply.</p>';

function conversation(turns: number): Document {
  const window = new Window({ url: 'https://chatgpt.com/c/bench' });
  const parts: string[] = [];
  for (let index = 1; index <= turns; index += 2) {
    parts.push(chatgptKit.userTurn(`Question ${index}: how do I fix error ${index}?`, index));
    parts.push(chatgptKit.assistantTurn({ html: PARAGRAPH.repeat(8), streaming: false }, index + 1));
  }
  window.document.write(chatgptKit.page(parts.join('\n'), 'Bench'));
  // The composer as ChatGPT's editor mounts it: a page without one is read as loading or blind.
  window.document.querySelector(chatgptKit.places.editorMount)!.innerHTML =
    '<div contenteditable="true" translate="no" class="ProseMirror" id="prompt-textarea"><p><br class="ProseMirror-trailingBreak"></p></div>';
  return window.document as unknown as Document;
}

function naiveCheck(doc: Document): boolean {
  const text = normalizeText(doc.body.textContent ?? '');
  return findPhrase(text, chatgpt.texts.error) !== undefined || findPhrase(text, chatgpt.texts.limit) !== undefined;
}

/** Median time of `run` over enough repetitions to last about half a second, in microseconds. */
function measure(run: () => unknown): number {
  const samples: number[] = [];
  const until = performance.now() + 500;
  while (performance.now() < until || samples.length < 5) {
    const start = performance.now();
    run();
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const url = new URL('https://chatgpt.com/c/bench');
console.log('turns   page text   Detour check   whole-text scan   scan / Detour');
for (const turns of [10, 100, 400, 1000]) {
  const doc = conversation(turns);
  const detour = measure(() => takeSnapshot(doc, chatgpt, url));
  const naive = measure(() => naiveCheck(doc));
  const size = `${Math.round((doc.body.textContent?.length ?? 0) / 1024)} kB`;
  console.log(
    `${String(turns).padStart(5)}   ${size.padStart(9)}   ${`${detour.toFixed(0)} µs`.padStart(12)}   ${`${naive.toFixed(0)} µs`.padStart(15)}   ${`${(naive / detour).toFixed(1)}×`.padStart(13)}`,
  );
}
console.log('A check runs at most every 200 ms while the page changes (a streaming reply), never on a timer when it does not.');
