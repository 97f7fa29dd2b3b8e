/**
 * How a stand-in chatbot behaves, set per host through the control API or the control page.
 * A scenario holds until it is changed, so a person can break a site and watch Detour react.
 */
export const SCENARIOS = {
  ok: 'Answer normally (a streamed reply)',
  'error-card': 'Fail mid-answer with the error card in the reply',
  'http-500': 'Answer the chat request with HTTP 500',
  'http-429': 'Answer the chat request with HTTP 429 (rate-limit toast)',
  'limit-dialog': 'Refuse with the plan-limit dialog',
  network: 'Drop the connection (network error)',
  stall: 'Start the reply, then stop moving',
  'no-reply': 'Never start the reply',
  'page-502': 'Serve the 502 gateway page for every page load',
  capacity: 'Serve an "at capacity" page (HTTP 503) at every path',
  blank: 'Serve the app shell, and never render the app in it',
  'login-loop': 'Send every page to the sign-in page, which sends it back',
  'challenge-loop': 'Serve a "verify you are human" challenge that only ever reloads itself',
  renamed: "Rename the composer (its id, name and form attributes) as a redesign does: Detour's selectors go stale",
} as const;

export type Scenario = keyof typeof SCENARIOS;

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && value in SCENARIOS;
}
