/**
 * A large library written straight into Detour's database from one of its pages (as sites.test.ts
 * does), for the tests and the benchmark of the library at scale. The function crosses to the
 * page as source text, so it names nothing outside itself.
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
