import { ensureBrowsers } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { BUILDS } from './global-setup';
import { makeCertificate } from './stand-in/certificate';
import { CONTROL_HOST, standInHosts, startStandIn } from './stand-in/server';

/**
 * `npm run demo`: a visible Chromium with Detour's production build on the local stand-in, and the
 * stand-in's control page to break any chatbot on purpose, so anyone can watch Detour work without
 * waiting for an outage.
 */
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('The demo opens a visible browser window: run it in a desktop session (or under Xvfb: xvfb-run npm run demo).');
  process.exit(1);
}
const browsers = ensureBrowsers();
const standIn = await startStandIn(makeCertificate(standInHosts()));
const session = await launchChromium({
  executablePath: browsers.chromium,
  extensionDir: BUILDS.chromium,
  standInPort: standIn.port,
  headless: false,
});
await session.newTab(`https://${CONTROL_HOST}/`);
await session.newTab('https://chatgpt.com/');
console.log(`Detour demo: pick a behaviour on https://${CONTROL_HOST}/, type in the chatbot tab and press Enter.`);
console.log('Close the browser window (or press Ctrl+C) to stop.');

const stop = async () => {
  await session.close().catch(() => undefined);
  await standIn.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
await session.closed;
await stop();
