import { chatgptKit } from './chatgpt';
import { claudeKit } from './claude';
import { copilotKit } from './copilot';
import { geminiKit } from './gemini';
import { perplexityKit } from './perplexity';
import { deepseekKit } from './deepseek';
import { grokKit } from './grok';
import { mistralKit } from './mistral';
import { duckaiKit } from './duckai';
import { huggingchatKit } from './huggingchat';
import { kimiKit } from './kimi';
import { metaKit } from './meta';
import { poeKit } from './poe';
import { qwenKit } from './qwen';
import type { StandInKit } from './types';

/** Every chatbot the stand-in can play, by host. */
export const KITS: readonly StandInKit[] = [
  ...[chatgptKit, claudeKit, geminiKit, copilotKit, perplexityKit, mistralKit, deepseekKit, grokKit],
  ...[duckaiKit, huggingchatKit, metaKit, poeKit, qwenKit, kimiKit],
];

export function kitForHost(host: string): StandInKit | undefined {
  return KITS.find((kit) => kit.host === host);
}
