import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { NOT_SOURCES, sourcesZipFromCommit } from '../../wxt.config';

/** What the stores and a person taking Detour's code need beside the extension itself. */

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license?: string };
const committed = () =>
  execFileSync('git', ['ls-tree', '-r', '--name-only', 'HEAD'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((path) => path && !NOT_SOURCES.some((excluded) => path === excluded || path.startsWith(`${excluded}/`)))
    .sort();
const entries = async (zip: string) =>
  Object.values((await JSZip.loadAsync(readFileSync(zip))).files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();

describe('the release', () => {
  it('is under the MIT licence, said the same way in package.json and LICENSE', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} The Detour authors\n/);
  });

  it('has this version at the top of its changelog', () => {
    const [latest] = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8').match(/^## \S+/m) ?? [];
    expect(latest).toBe(`## ${pkg.version}`);
  });
});

describe('the sources zip for addons.mozilla.org', () => {
  it('holds the last commit, without tests and CI, and nothing that was never committed', async () => {
    const stray = join(ROOT, `never-committed-${crypto.randomUUID()}.txt`);
    const zip = join(mkdtempSync(join(tmpdir(), 'detour-sources-')), 'sources.zip');
    writeFileSync(stray, 'a local note');
    const warn = vi.fn();
    try {
      expect(sourcesZipFromCommit(ROOT, zip, warn)).toBe(true);
    } finally {
      rmSync(stray);
    }
    const names = await entries(zip);
    expect(names).toEqual(committed());
    expect(names).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'package-lock.json', 'wxt.config.ts']));
    expect(names.some((name) => name.startsWith('tests/'))).toBe(false);
    // The folder had a change the commit lacks: the build says so.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('last commit'));
  });

  it('is what the build wrote beside the Firefox package', async () => {
    const built = join(ROOT, '.output', `detour-${pkg.version}-sources.zip`);
    // Only a build of the last commit says anything about it (npm test builds first).
    const committedAt = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' })) * 1000;
    if (!existsSync(built) || statSync(built).mtimeMs < committedAt) return;
    const names = await entries(built);
    expect(names.some((name) => name.startsWith('tests/') || name.startsWith('.output/') || name.startsWith('node_modules/'))).toBe(false);
    expect(names).toContain('LICENSE');
  });
});

/**
 * What Chrome refuses in a content script ("It isn't UTF-8 encoded"): bytes that are not UTF-8,
 * and the characters its check rejects although UTF-8 can carry them (surrogates, noncharacters,
 * a byte-order mark). The chat pages' scripts are written as UTF-8, not `\uXXXX` escapes.
 */
function refusedByChrome(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return 'bytes that are not UTF-8';
  }
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe || code === 0xfeff) {
      return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
  }
  return undefined;
}

describe('the chat pages’ scripts', () => {
  it('tells what Chrome refuses in a content script', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(refusedByChrome(utf8('const phrases = ["что-то пошло не так", "出错了", "lỗi mạng"];'))).toBeUndefined();
    expect(refusedByChrome(new Uint8Array([0x61, 0xff, 0x62]))).toBe('bytes that are not UTF-8');
    expect(refusedByChrome(utf8('a\uFFFEb'))).toBe('U+FFFE');
    expect(refusedByChrome(utf8('a\uFDD0b'))).toBe('U+FDD0');
    expect(refusedByChrome(utf8('\uFEFFa'))).toBe('U+FEFF');
  });

  it('are UTF-8 that Chrome loads, in both builds', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const dir = join(ROOT, '.output', build);
      // Only a build says anything (npm test builds first).
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((name) => name.startsWith('chat-') && name.endsWith('.js'))) {
        expect({ file, refused: refusedByChrome(readFileSync(join(dir, file))) }).toEqual({ file, refused: undefined });
      }
    }
  });
});

