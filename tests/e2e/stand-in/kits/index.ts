import { chatgptKit } from './chatgpt';
import type { StandInKit } from './types';

/** Every chatbot the stand-in can play, by host. */
export const KITS: readonly StandInKit[] = [chatgptKit];

export function kitForHost(host: string): StandInKit | undefined {
  return KITS.find((kit) => kit.host === host);
}
