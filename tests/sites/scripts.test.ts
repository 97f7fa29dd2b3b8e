import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../lib/sites';
import { DIRECTORY } from '../../lib/sites/directory';
import { chatScript } from '../../lib/sites/pages';

const ROOT = join(import.meta.dirname, '..', '..');

describe('one content script per chatbot', () => {
  it.each(SITES.map((site) => [site.id, site] as const))('%s has its own script, carrying its adapter only', (id) => {
    const file = join(ROOT, 'entrypoints', `${chatScript(id).slice(1, -3)}.ts`);
    expect(existsSync(file), file).toBe(true);
    const source = readFileSync(file, 'utf8');
    expect(source).toContain(`from '../lib/sites/${id}'`);
    // The registry (lib/sites/index.ts) would bring every site's adapter into every page.
    expect(source).not.toMatch(/from '\.\.\/lib\/sites'/);
  });

  it("the directory every page carries names each chatbot as its adapter does", () => {
    for (const site of SITES) expect(DIRECTORY[site.id]).toEqual({ name: site.name, needsAccount: site.needsAccount });
  });
});
