import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's browsers, the only ones the end-to-end suite drives (never a test tool's own download). */
export const BROWSERS = {
  chromium: { package: 'chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'] },
  firefox: { package: 'firefox-esr', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
} as const;

export type BrowserName = keyof typeof BROWSERS;

export function findBrowser(name: BrowserName): string | undefined {
  return BROWSERS[name].paths.find((path) => existsSync(path));
}

/**
 * Finds both browsers, installing Debian's packages when they are missing and this process may
 * (root with apt-get); otherwise stops with the exact command to run.
 */
export function ensureBrowsers(): Record<BrowserName, string> {
  const missing = (Object.keys(BROWSERS) as BrowserName[]).filter((name) => !findBrowser(name));
  if (missing.length > 0) {
    const packages = missing.map((name) => BROWSERS[name].package);
    const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
    const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (!canInstall) {
      throw new Error(`The end-to-end tests need Debian's ${packages.join(' and ')}. Install them with:\n  sudo sh -c '${command}'`);
    }
    console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
    execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return { chromium: findBrowser('chromium')!, firefox: findBrowser('firefox')! };
}
