import { describe, expect, it } from 'vitest';
import { pageAfterInstall, WELCOME_PAGE } from '../../lib/onboarding/first-run';
import { changesSince, compareVersions, WHATS_NEW } from '../../lib/onboarding/whats-new';
import english from '../../public/_locales/en/messages.json';

describe('versions', () => {
  it('compare number by number, a missing part counting as 0', () => {
    expect(compareVersions('0.10.0', '0.9.3')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.2.0', '0.2.1')).toBe(-1);
  });
});

describe("what's new", () => {
  it('lists the versions after the one updated from, up to this one, newest first', () => {
    const news = { ...WHATS_NEW };
    expect(changesSince('0.1.0', '0.2.0').map(({ version }) => version)).toEqual(['0.2.0']);
    expect(changesSince('0.2.0', '0.2.0')).toEqual([]);
    // A version not released yet (an entry written ahead) is not shown.
    expect(changesSince('0.0.1', '0.1.5')).toEqual([]);
    expect(news).toEqual(WHATS_NEW);
  });

  it('has words for every entry', () => {
    for (const changes of Object.values(WHATS_NEW)) for (const key of changes) expect(english).toHaveProperty(key);
  });
});

describe('the page after an install or an update', () => {
  it('welcomes a new person, in front', () => {
    expect(pageAfterInstall({ reason: 'install' }, '0.2.0')).toEqual({ path: WELCOME_PAGE, active: true });
  });

  it('shows what is new behind the person\'s tab, only when something they see changed', () => {
    expect(pageAfterInstall({ reason: 'update', previousVersion: '0.1.0' }, '0.2.0')).toEqual({
      path: `${WELCOME_PAGE}?updated=0.1.0`,
      active: false,
    });
    expect(pageAfterInstall({ reason: 'update', previousVersion: '0.2.0' }, '0.2.1')).toBeUndefined();
    expect(pageAfterInstall({ reason: 'update' }, '0.2.0')).toBeUndefined();
  });

  it('stays quiet when the browser itself updates', () => {
    expect(pageAfterInstall({ reason: 'browser_update' }, '0.2.0')).toBeUndefined();
    expect(pageAfterInstall({ reason: 'chrome_update', previousVersion: '0.1.0' }, '0.2.0')).toBeUndefined();
  });
});
