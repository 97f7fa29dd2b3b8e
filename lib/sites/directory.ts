import type { SiteId } from './types';

/**
 * What every chatbot's page needs to know of the others: the name to offer it by and whether it
 * needs an account. Kept apart from the adapters so that a chatbot page's script carries its own
 * adapter only, not every site's selectors and texts; each adapter takes its entry from here.
 */
export const DIRECTORY = {
  chatgpt: { name: 'ChatGPT', needsAccount: true },
  claude: { name: 'Claude', needsAccount: true },
  gemini: { name: 'Gemini', needsAccount: true },
  copilot: { name: 'Microsoft Copilot', needsAccount: true },
  perplexity: { name: 'Perplexity', needsAccount: true },
  mistral: { name: 'Le Chat', needsAccount: true },
  deepseek: { name: 'DeepSeek', needsAccount: true },
  grok: { name: 'Grok', needsAccount: true },
  duckai: { name: 'Duck.ai', needsAccount: false },
  huggingchat: { name: 'HuggingChat', needsAccount: true },
  meta: { name: 'Meta AI', needsAccount: true },
  poe: { name: 'Poe', needsAccount: true },
  qwen: { name: 'Qwen Chat', needsAccount: false },
  kimi: { name: 'Kimi', needsAccount: true },
} as const satisfies Record<SiteId, { readonly name: string; readonly needsAccount: boolean }>;

/** The site's product name, or its id when Detour no longer knows it. */
export function siteName(id: SiteId): string {
  return (DIRECTORY as Partial<Record<string, { name: string }>>)[id]?.name ?? id;
}

/** Whether `id` is a chatbot Detour knows, and whether it needs an account. */
export function directoryEntry(id: SiteId): { readonly name: string; readonly needsAccount: boolean } | undefined {
  return (DIRECTORY as Partial<Record<string, { name: string; needsAccount: boolean }>>)[id];
}
