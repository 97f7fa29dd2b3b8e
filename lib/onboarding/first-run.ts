import { changesSince } from './whats-new';

/** The welcome page (entrypoints/welcome/); with `?updated=<version>` it shows what is new since then. */
export const WELCOME_PAGE = '/welcome.html';

export interface InstallDetails {
  readonly reason: string;
  readonly previousVersion?: string;
}

/**
 * The page to open after Detour is installed or updated, and whether to bring it to the front:
 * the welcome page on a first install; after an update, what is new, in a tab behind the
 * person's own, and only when a version since has an entry; otherwise nothing.
 */
export function pageAfterInstall(details: InstallDetails, currentVersion: string): { path: string; active: boolean } | undefined {
  if (details.reason === 'install') return { path: WELCOME_PAGE, active: true };
  const previous = details.previousVersion;
  if (details.reason !== 'update' || !previous || changesSince(previous, currentVersion).length === 0) return undefined;
  return { path: `${WELCOME_PAGE}?updated=${encodeURIComponent(previous)}`, active: false };
}
