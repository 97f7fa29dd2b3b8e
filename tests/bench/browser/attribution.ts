import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { CpuProfile } from '../../e2e/harness/session';

/**
 * Milliseconds of a CPU profile: in Detour's scripts (an extension URL), and the main thread's
 * busy time in all (every sample but idle: scripts, style, layout, garbage collection).
 */
export function scriptTime(profile: CpuProfile): { detourMs: number; busyMs: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // A sample belongs to the innermost script on its stack that has a URL; the browser's own work
  // (a DOM call, a regular expression) runs inside whichever script called it.
  const owner = new Map<number, 'detour' | 'page' | undefined>();
  const ownerOf = (id: number): 'detour' | 'page' | undefined => {
    if (owner.has(id)) return owner.get(id);
    const url = byId.get(id)?.callFrame.url ?? '';
    const found = /^(chrome|moz)-extension:/.test(url) ? 'detour' : /^https?:/.test(url) ? 'page' : parent.has(id) ? ownerOf(parent.get(id)!) : undefined;
    owner.set(id, found);
    return found;
  };
  let detour = 0;
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    if (ownerOf(id) === 'detour') detour += delta;
    if (byId.get(id)?.callFrame.functionName !== '(idle)') busy += delta;
  });
  return { detourMs: detour / 1000, busyMs: busy / 1000 };
}

/** A script's size in kB, minified as built and gzipped. */
export function sizeOf(text: string | Buffer): { minified: number; gzip: number } {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { minified: bytes.length / 1000, gzip: gzipSync(bytes, { level: 9 }).length / 1000 };
}

/** The build's script for one site's pages; in a build from before each site had its own, the one script for all (chat.js). */
export function builtScript(buildDir: string, file: string): { minified: number; gzip: number } {
  const path = join(buildDir, file);
  return sizeOf(readFileSync(existsSync(path) ? path : join(buildDir, 'chat.js')));
}

/**
 * What one script for every chatbot page weighs, as Detour shipped before each site had its own:
 * the same core with every adapter and the polyfill, minified the same way (esbuild, as Vite does).
 */
export async function oneScriptForEverySite(root: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: {
      contents: "import { startChatPage } from './lib/chat/start'; import { siteForUrl } from './lib/sites'; const site = siteForUrl(location.href); if (site) void startChatPage(site);",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
    logLevel: 'silent',
  });
  return sizeOf(result.outputFiles[0]!.text);
}
