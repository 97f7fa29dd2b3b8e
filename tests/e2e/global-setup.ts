import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBrowsers } from './harness/browsers';
import { makeCertificate } from './stand-in/certificate';
import { startProxy } from './stand-in/proxy';
import { startStandIn } from './stand-in/server';
import { standInHosts } from './stand-in/server';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILDS = { chromium: join(ROOT, '.output', 'chrome-mv3'), firefox: join(ROOT, '.output', 'firefox-mv2') };

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: {
      readonly standInPort: number;
      readonly proxyPort: number;
      readonly browsers: { readonly chromium: string; readonly firefox: string };
      readonly builds: { readonly chromium: string; readonly firefox: string };
    };
  }
}

/**
 * Once per run: the production builds must exist (npm test builds them first), the browsers are
 * found or installed, and the stand-in and the proxy start on free local ports.
 */
export default async function setup(project: TestProject) {
  for (const dir of Object.values(BUILDS)) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run build\` first (npm test does).`);
  }
  const browsers = ensureBrowsers();
  const certificate = makeCertificate(standInHosts());
  const standIn = await startStandIn(certificate);
  const proxy = await startProxy(standIn.port);
  project.provide('e2e', { standInPort: standIn.port, proxyPort: proxy.port, browsers, builds: BUILDS });
  return async () => {
    await proxy.close();
    await standIn.close();
  };
}
