import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { ROOT } from '../global-setup';
import type { BrowserName } from './browsers';
import { StandInControl } from './control';
import { lane } from './lane';
import { closeChatbotTabs, launch, setSettings, tabIdOf } from './detour';
import type { Session, Tab } from './session';

export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/**
 * One browser for a describe block: launched once with Detour installed; before each test the
 * stand-in and Detour's settings are reset, after it every tab it opened is closed.
 */
export function browserSuite(name: BrowserName) {
  const control = new StandInControl(lane().standInPort);
  let session: Session | undefined;
  let opened: Tab[] = [];
  let count = 0;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await launch(name);
  });
  afterAll(async () => session?.close());
  beforeEach(async () => {
    await control.reset();
    await setSettings(suite.session, {});
  });
  afterEach(async () => {
    await Promise.all(opened.map((tab) => tab.close().catch(() => undefined)));
    opened = [];
    await closeChatbotTabs(suite.session);
  });

  const suite = {
    control,
    get session(): Session {
      if (!session) throw new Error('The browser has not started');
      return session;
    },
    /** Opens `url` in a new tab, made unique so its tab id can be found; closed after the test. */
    async open(url: string): Promise<{ tab: Tab; tabId: number }> {
      const unique = `${url}${url.includes('?') ? '&' : '?'}tab=${name}-${++count}`;
      const tab = await suite.session.newTab(unique);
      opened.push(tab);
      return { tab, tabId: await tabIdOf(suite.session, unique) };
    },
    /** Keeps a tab opened another way to be closed after the test. */
    adopt(tab: Tab): Tab {
      opened.push(tab);
      return tab;
    },
  };
  return suite;
}
