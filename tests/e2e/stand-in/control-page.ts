import { escapeHtml } from './kits/html';
import type { StandInKit } from './kits/types';
import { SCENARIOS } from './scenarios';

/**
 * The stand-in's control page (https://stand-in.detour.test/): break a chatbot on purpose and see
 * what it received. Used by `npm run demo`; tests call the same API.
 */
export function controlPage(kits: readonly StandInKit[]): string {
  const rows = kits
    .map(
      (kit) => `<section data-host="${kit.host}">
  <h2><a href="https://${kit.host}${kit.newChatPath}" target="_blank">${kit.host}</a></h2>
  <label>Next behaviour: <select name="scenario">${Object.entries(SCENARIOS)
    .map(([id, label]) => `<option value="${id}">${escapeHtml(label)}</option>`)
    .join('')}</select></label>
  <p class="received"></p>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="color-scheme" content="light dark">
  <title>Detour stand-in controls</title>
  <style>
    body { font: 15px/1.5 system-ui, sans-serif; max-width: 760px; margin: 24px auto; padding: 0 16px; }
    section { border: 1px solid #8886; border-radius: 10px; padding: 8px 14px; margin: 12px 0; }
    h2 { font-size: 16px; margin: 4px 0; }
    select { font: inherit; }
    .received { color: #666; font-size: 13px; white-space: pre-wrap; }
  </style>
</head>
<body>
  <h1>Detour stand-in</h1>
  <p>Each chatbot below is a local copy of the real site's page structure. Pick how it behaves next, send a prompt in its tab, and watch Detour's badge, notice and popup.</p>
  ${rows}
  <script>
    async function refresh() {
      const state = await (await fetch('/api/state')).json();
      for (const site of state.sites) {
        const section = document.querySelector('section[data-host="' + site.host + '"]');
        section.querySelector('select').value = site.scenario;
        section.querySelector('.received').textContent = site.received.length
          ? 'Received: ' + site.received.map((text) => '“' + text.slice(0, 80) + '”').join(', ')
          : 'Nothing received yet.';
      }
    }
    document.addEventListener('change', async (event) => {
      const section = event.target.closest('section');
      await fetch('/api/scenario', { method: 'POST', body: JSON.stringify({ host: section.dataset.host, scenario: event.target.value }) });
      refresh();
    });
    refresh();
    setInterval(refresh, 2000);
  </script>
</body>
</html>`;
}
