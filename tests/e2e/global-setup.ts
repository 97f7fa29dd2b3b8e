import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBrowsers } from './harness/browsers';
import { makeCertificate } from './stand-in/certificate';
import { startProxy } from './stand-in/proxy';
import { startStandIn } from './stand-in/server';
import { standInHosts } from './stand-in/server';

/** A stand-in chatbot server and the proxy Firefox reaches it through. */
export interface Lane {
  readonly standInPort: number;
  readonly proxyPort: number;
}

/**
 * Test files run two at a time (vitest.config.ts: the e2e project's workers), each against a
 * stand-in of its own (harness/lane.ts), whose scenarios and received prompts tests set and read.
 */
export const LANES = 2;

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILDS = { chromium: join(ROOT, '.output', 'chrome-mv3'), firefox: join(ROOT, '.output', 'firefox-mv2') };

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: {
      /** One stand-in and its proxy per worker (see lane.ts): a test file never sees another's. */
      readonly lanes: readonly Lane[];
      /** Where a worker claims its lane (a file per lane, see lane.ts). */
      readonly laneDir: string;
      readonly browsers: { readonly chromium: string; readonly firefox: string };
      readonly builds: { readonly chromium: string; readonly firefox: string };
    };
  }
}

/**
 * Once per run: the production builds must exist (npm test builds them first), the browsers are
 * found or installed, and a stand-in and its proxy per lane start on free local ports.
 */
export default async function setup(project: TestProject) {
  for (const dir of Object.values(BUILDS)) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run build\` first (npm test does).`);
  }
  const browsers = ensureBrowsers();
  const certificate = makeCertificate(standInHosts());
  const servers = await Promise.all(
    Array.from({ length: LANES }, async () => {
      const standIn = await startStandIn(certificate);
      return { standIn, proxy: await startProxy(standIn.port) };
    }),
  );
  const lanes = servers.map(({ standIn, proxy }) => ({ standInPort: standIn.port, proxyPort: proxy.port }));
  const laneDir = mkdtempSync(join(tmpdir(), 'detour-lanes-'));
  project.provide('e2e', { lanes, laneDir, browsers, builds: BUILDS });
  return async () => {
    rmSync(laneDir, { recursive: true, force: true });
    await Promise.all(servers.map(async ({ standIn, proxy }) => {
      await proxy.close();
      await standIn.close();
    }));
  };
}
