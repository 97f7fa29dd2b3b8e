import { chatgptKit } from './chatgpt';
import { claudeKit } from './claude';
import { copilotKit } from './copilot';
import { geminiKit } from './gemini';
import { perplexityKit } from './perplexity';
import { deepseekKit } from './deepseek';
import { grokKit } from './grok';
import { mistralKit } from './mistral';
import type { StandInKit } from './types';

/** Every chatbot the stand-in can play, by host. */
export const KITS: readonly StandInKit[] = [chatgptKit, claudeKit, geminiKit, copilotKit, perplexityKit, mistralKit, deepseekKit, grokKit];

export function kitForHost(host: string): StandInKit | undefined {
  return KITS.find((kit) => kit.host === host);
}
