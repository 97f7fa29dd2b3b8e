import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
