import type { MessageKey } from '../i18n';

/**
 * What changed that a person sees, by the version that brought it. After an update Detour shows
 * the entries of the versions since the one it updated from, and nothing at all when none of them
 * has an entry (a fix they never noticed is no reason to open a tab). Add the entry with the
 * change; CHANGELOG.md has the full story.
 */
export const WHATS_NEW: Readonly<Record<string, readonly MessageKey[]>> = {
  '0.2.0': ['whatsNewChatbots', 'whatsNewResend', 'whatsNewDetection', 'whatsNewShortcuts', 'whatsNewPopup', 'whatsNewLibrary', 'whatsNewImport', 'whatsNewSync'],
};

/** Compares dotted versions number by number (1.10 is after 1.9); a missing part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** The entries of every version after `previous` up to `current`, newest version first. */
export function changesSince(previous: string, current: string): { version: string; changes: readonly MessageKey[] }[] {
  return Object.entries(WHATS_NEW)
    .filter(([version]) => compareVersions(version, previous) > 0 && compareVersions(version, current) <= 0)
    .sort(([a], [b]) => compareVersions(b, a))
    .map(([version, changes]) => ({ version, changes }));
}
