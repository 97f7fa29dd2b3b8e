import { request } from 'node:https';
import { CONTROL_HOST } from '../stand-in/server';
import type { Scenario } from '../stand-in/scenarios';

/** The stand-in's control API, called from the tests straight over loopback. */
export class StandInControl {
  constructor(private readonly port: number) {}

  private call<T>(path: string, body?: object): Promise<T> {
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: this.port, path, method: body ? 'POST' : 'GET', headers: { host: CONTROL_HOST }, rejectUnauthorized: false },
        (response) => {
          // Decoded once at the end: a character split across two chunks must not be garbled.
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as T));
        },
      );
      req.on('error', reject);
      req.end(body ? JSON.stringify(body) : undefined);
    });
  }

  async setScenario(host: string, scenario: Scenario): Promise<void> {
    await this.call('/api/scenario', { host, scenario });
  }

  /** Which saved answer (tests/fixtures/status/) a status page gives from now on. */
  async setStatusPage(host: string, fixture: string): Promise<void> {
    await this.call('/api/status', { host, fixture });
  }

  async reset(): Promise<void> {
    await this.call('/api/reset', {});
  }

  /** The prompts a stand-in chatbot received through its own chat endpoint. */
  async received(host: string): Promise<string[]> {
    const state = await this.call<{ sites: { host: string; received: string[] }[] }>('/api/state');
    return state.sites.find((site) => site.host === host)?.received ?? [];
  }
}
