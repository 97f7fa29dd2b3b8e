import { describe, expect, it } from 'vitest';
import { parseFlashdutyWidget } from '../../lib/status/formats/flashduty';
import { parseGoogleIncidents } from '../../lib/status/formats/google-workspace';
import { parseInstatusSummary } from '../../lib/status/formats/instatus';
import { parseStatuspageSummary } from '../../lib/status/formats/statuspage';
import { parseXaiFeed } from '../../lib/status/formats/xai-feed';
import { parseStatus } from '../../lib/status/parse';
import { optionalStatusPatterns, STATUS_SOURCES, statusMatchPatterns } from '../../lib/status/sources';
import { readStatusFixture, responseOf, sourceOf, STATUS_CASES } from './cases';

const json = (file: string): Record<string, unknown> => JSON.parse(readStatusFixture(file)) as Record<string, unknown>;

describe('parseStatus on every saved answer', () => {
  it.each(STATUS_CASES.map((testCase) => [`${testCase.file} as ${testCase.site}`, testCase] as const))('%s', (_, testCase) => {
    const status = parseStatus(sourceOf(testCase.site), responseOf(testCase));
    expect(status.health).toBe(testCase.expect.health);
    expect(status.reason).toBe(testCase.expect.reason);
    if (testCase.expect.scope) expect(status.scope).toBe(testCase.expect.scope);
    if (testCase.expect.summary) expect(status.summary).toMatch(testCase.expect.summary);
    expect(status.summary.length).toBeGreaterThan(0);
    expect(status.summary.length).toBeLessThanOrEqual(160);
  });

  it('never reads a broken answer as an outage', () => {
    for (const testCase of STATUS_CASES.filter((item) => item.expect.health === 'unknown')) {
      const status = parseStatus(sourceOf(testCase.site), responseOf(testCase));
      expect(status.health, testCase.file).toBe('unknown');
      expect(status.reason, testCase.file).toBeDefined();
    }
  });

  it('reads any non-2xx as unknown, whatever the body says', () => {
    for (const code of [301, 400, 401, 403, 404, 429, 500, 502, 503, 504]) {
      const status = parseStatus(sourceOf('claude'), {
        status: code,
        contentType: 'application/json',
        url: sourceOf('claude').url,
        body: readStatusFixture('claude-degraded.json'),
      });
      expect(status, String(code)).toMatchObject({ health: 'unknown', reason: 'http-status' });
    }
  });

  it('accepts an answer without a final URL, and one that only adds a trailing slash', () => {
    const body = readStatusFixture('claude-degraded.json');
    const source = sourceOf('claude');
    expect(parseStatus(source, { status: 200, contentType: 'application/json', url: '', body }).health).toBe('degraded');
    expect(parseStatus(source, { status: 200, contentType: 'application/json', url: `${source.url}/`, body }).health).toBe('degraded');
  });
});

describe('Statuspage and incident.io summaries', () => {
  const claude = sourceOf('claude').components;
  const chatgpt = sourceOf('chatgpt').components;

  it('finds the chat components by name wherever they are in the list', () => {
    const data = json('claude-degraded.json');
    const components = data.components as Record<string, unknown>[];
    for (const order of [components, [...components].reverse(), [components[2], components[0], components[3], components[1]]]) {
      const status = parseStatuspageSummary({ ...data, components: order }, claude);
      expect(status.health).toBe('degraded');
      expect(status.components).toEqual([{ name: 'claude.ai', health: 'degraded' }]);
    }
  });

  it('matches names case- and space-insensitively, never by position or id', () => {
    const data = json('openai-conversations-degraded.json');
    const renamed = (data.components as Record<string, unknown>[]).map((part, index) => ({
      ...part,
      id: `new-id-${index}`,
      position: 99 - index,
      name: part.name === 'Conversations' ? '  CONVERSATIONS ' : part.name,
    }));
    expect(parseStatuspageSummary({ ...data, components: renamed }, chatgpt)).toMatchObject({ health: 'degraded', scope: 'components' });
  });

  it('falls back to the page indicator when the chat component is gone', () => {
    const data = json('openai-api-degraded.json');
    const without = (data.components as Record<string, unknown>[]).filter((part) => part.name !== 'Conversations');
    const status = parseStatuspageSummary({ ...data, components: without }, chatgpt);
    expect(status).toMatchObject({ health: 'degraded', scope: 'page' });
    expect(status.summary).toBe('Computer Use Is Experiencing Issues (Partial System Degradation)');
    expect(status.components).toBeUndefined();
  });

  it('maps every component status and page indicator', () => {
    const withStatus = (status: string) =>
      parseStatuspageSummary({ components: [{ name: 'claude.ai', status }], status: { indicator: 'none' } }, claude).health;
    expect(withStatus('operational')).toBe('operational');
    expect(withStatus('degraded_performance')).toBe('degraded');
    expect(withStatus('partial_outage')).toBe('degraded');
    expect(withStatus('under_maintenance')).toBe('degraded');
    expect(withStatus('major_outage')).toBe('down');
    expect(withStatus('full_outage')).toBe('down');
    expect(withStatus('something_new')).toBe('unknown');

    const withIndicator = (indicator: string) => parseStatuspageSummary({ status: { indicator, description: 'x' } }, []).health;
    expect(withIndicator('none')).toBe('operational');
    expect(withIndicator('minor')).toBe('degraded');
    expect(withIndicator('major')).toBe('degraded');
    expect(withIndicator('maintenance')).toBe('degraded');
    expect(withIndicator('critical')).toBe('down');
    expect(withIndicator('purple')).toBe('unknown');
  });

  it('ignores resolved incidents and incidents about other components', () => {
    const data = json('claude-degraded.json');
    const incidents = data.incidents as Record<string, unknown>[];
    const resolved = parseStatuspageSummary({ ...data, incidents: incidents.map((item) => ({ ...item, status: 'resolved' })) }, claude);
    expect(resolved.summary).toBe('claude.ai: partial outage');
    const elsewhere = parseStatuspageSummary({ ...data, incidents: incidents.map((item) => ({ ...item, components: [] })) }, claude);
    expect(elsewhere.summary).toBe('claude.ai: partial outage');
  });

  it('is unknown for JSON without components or an indicator', () => {
    for (const data of [null, [], 'ok', {}, { components: 'none' }, { status: {} }, { page: { name: 'Claude' } }]) {
      expect(parseStatuspageSummary(data, claude), JSON.stringify(data)).toMatchObject({ health: 'unknown', reason: 'wrong-shape' });
    }
  });
});

describe("Google's status dashboard feed", () => {
  const gemini = sourceOf('gemini').components;
  const feed = () => JSON.parse(readStatusFixture('gemini-incident-active.json')) as Record<string, unknown>[];

  it('rates an active Gemini incident by its impact', () => {
    const withImpact = (impact: string) =>
      parseGoogleIncidents(
        feed().map((incident) => ({ ...incident, status_impact: impact, most_recent_update: undefined })),
        gemini,
      ).health;
    expect(withImpact('SERVICE_OUTAGE')).toBe('down');
    expect(withImpact('SERVICE_DISRUPTION')).toBe('degraded');
    expect(withImpact('SERVICE_INFORMATION')).toBe('degraded');
  });

  it('ignores incidents that ended and incidents of other products', () => {
    const onlyGmail = feed().filter((incident) => incident.service_name === 'Gmail');
    expect(parseGoogleIncidents(onlyGmail, gemini)).toMatchObject({ health: 'operational', summary: 'No active Gemini incidents' });
    const ended = feed().map((incident) => ({ ...incident, end: '2026-10-06T17:00:00+00:00' }));
    expect(parseGoogleIncidents(ended, gemini).health).toBe('operational');
  });

  it('reads an empty feed as no incidents, and anything but an array as unknown', () => {
    expect(parseGoogleIncidents([], gemini).health).toBe('operational');
    expect(parseGoogleIncidents({ incidents: [] }, gemini)).toMatchObject({ health: 'unknown', reason: 'wrong-shape' });
    expect(parseGoogleIncidents([{ hello: 'world' }], gemini)).toMatchObject({ health: 'unknown', reason: 'wrong-shape' });
  });
});

describe('Instatus summaries', () => {
  it('reads maintenance as degraded and an unknown page status as unknown', () => {
    expect(parseInstatusSummary({ page: { status: 'UNDERMAINTENANCE' }, activeIncidents: [], activeMaintenances: [] }).health).toBe('degraded');
    expect(parseInstatusSummary({ page: { status: 'HASISSUES' }, activeIncidents: [] }).health).toBe('degraded');
    expect(parseInstatusSummary({ page: { status: 'SOMETHINGELSE' } })).toMatchObject({ health: 'unknown', reason: 'wrong-shape' });
    expect(parseInstatusSummary({ page: {} })).toMatchObject({ health: 'unknown', reason: 'wrong-shape' });
  });
});

describe('FlashDuty widget', () => {
  it('does not call an ongoing incident fine while the overall status lags', () => {
    const data = json('deepseek-partial-outage.json');
    expect(parseFlashdutyWidget({ ...data, overall: { status: 'operational' } }, []).health).toBe('degraded');
  });

  it('uses affected components when the source names them', () => {
    const status = parseFlashdutyWidget(json('deepseek-partial-outage.json'), ['网页对话服务']);
    expect(status).toMatchObject({ health: 'degraded', scope: 'components', components: [{ name: '网页对话服务', health: 'degraded' }] });
  });

  it('maps the overall statuses', () => {
    const overall = (status: string) => parseFlashdutyWidget({ overall: { status } }, []).health;
    expect(overall('full_outage')).toBe('down');
    expect(overall('maintenance')).toBe('degraded');
    expect(overall('what')).toBe('unknown');
  });
});

describe("xAI's feed", () => {
  const grok = sourceOf('grok').components;

  it('counts untagged items as the whole service, and skips items whose state it cannot read', () => {
    const item = (title: string, description: string) =>
      `<rss version="2.0"><channel><title>x</title><item><title>${title}</title><description><![CDATA[${description}]]></description></item></channel></rss>`;
    expect(parseXaiFeed(item('Everything is down', '<h3>Status: ACTIVE</h3><p>Severity: outage</p>'), grok).health).toBe('down');
    expect(parseXaiFeed(item('[Grok (Web)] Slow', '<h3>Status: INVESTIGATING</h3><p>Severity: degraded</p>'), grok).health).toBe('degraded');
    expect(parseXaiFeed(item('[Grok (Web)] Slow', 'no status here'), grok)).toMatchObject({ health: 'unknown', reason: 'wrong-shape' });
    expect(parseXaiFeed('<rss version="2.0"><channel><title>x</title></channel></rss>', grok).health).toBe('operational');
  });

  it('decodes entities and CDATA in titles', () => {
    const feed = `<rss version="2.0"><channel><item><title><![CDATA[[Grok (Web)] Errors &amp; timeouts]]></title><description>&lt;h3&gt;Status: ACTIVE&lt;/h3&gt;</description></item></channel></rss>`;
    expect(parseXaiFeed(feed, grok)).toMatchObject({ health: 'degraded', summary: 'Errors & timeouts' });
  });
});

describe('status sources', () => {
  it('names components for every page that splits the chat out, and uses https', () => {
    for (const [site, source] of Object.entries(STATUS_SOURCES)) {
      if (!source) continue;
      expect(new URL(source.url).protocol, site).toBe('https:');
      expect(new URL(source.page).protocol, site).toBe('https:');
      // Poe's Statuspage: no public capture lists its components (lib/sites/poe.ts), so the page counts.
      if (['statuspage', 'incident-io', 'google-workspace', 'xai-feed'].includes(source.kind) && site !== 'poe') {
        expect(source.components.length, site).toBeGreaterThan(0);
      }
    }
  });

  it('says which chatbots have no official status source', () => {
    const none = Object.entries(STATUS_SOURCES).flatMap(([site, source]) => (source ? [] : [site]));
    expect(none.sort()).toEqual(['copilot', 'duckai', 'kimi', 'meta', 'mistral', 'qwen']);
  });

  it('lists the host permissions the manifest needs, once each', () => {
    expect(statusMatchPatterns().sort()).toEqual([
      'https://status.claude.com/*',
      'https://status.deepseek.com/*',
      'https://status.huggingface.co/*',
      'https://status.openai.com/*',
      'https://status.perplexity.com/*',
      'https://status.poe.com/*',
      'https://status.x.ai/*',
    ]);
  });

  it('asks for Google (a host far wider than its status feed) only when wanted, and only its path', () => {
    expect(optionalStatusPatterns()).toEqual(['https://www.google.com/appsstatus/dashboard/*']);
  });
});
