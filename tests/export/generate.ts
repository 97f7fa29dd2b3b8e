import type { PromptRecord } from '../../lib/model';

/** Numbers in [0, 1), the same sequence for the same seed (mulberry32: small, fast, well spread). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A library of `count` prompts of about `chars` characters each, the same for the same seed:
 * every site and status, failures, stalls and context, text in several scripts.
 */
export function generateLibrary(count: number, chars: number, seed: number): PromptRecord[] {
  const random = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sites = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity', 'mistral', 'deepseek', 'grok'] as const;
  const statuses = ['draft', 'sent', 'answered', 'failed', 'stalled'] as const;
  const words = ['Plan', 'a picnic', 'for six,', 'naïve café', '日本語の文', 'שלום', 'Привет', '🙂🎉', '"quoted"', '```fence```', '=SUM(A1)', '\n', '\t', 'x\r\ny'];
  const text = (length: number) => {
    const parts: string[] = [];
    let size = 0;
    while (size < length) {
      const word = pick(words);
      parts.push(word, ' ');
      size += word.length + 1;
    }
    return parts.join('');
  };
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, index) => {
    const status = pick(statuses);
    const createdAt = start + index * 1000 + Math.floor(random() * 1000);
    const site = pick(sites);
    return {
      id: `generated-${seed}-${index}`,
      site,
      text: text(chars),
      url: `https://example.${site}/c/${index}`,
      createdAt,
      updatedAt: createdAt + 500,
      ...(status !== 'draft' && { sentAt: createdAt + 100 }),
      status,
      ...(status === 'failed' && {
        failure: { kind: 'error', place: 'turn', text: 'Something went wrong', at: createdAt + 400 },
        context: [
          { author: 'user', text: text(40) },
          { author: 'assistant', text: text(80) },
        ],
      }),
      ...(status === 'stalled' && { stall: { reason: 'no-progress', seconds: 60, at: createdAt + 400 } }),
    } as PromptRecord;
  });
}
