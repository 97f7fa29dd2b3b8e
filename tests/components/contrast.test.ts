import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICE_STYLE } from '../../lib/notice/notice';

/**
 * WCAG 1.4.11: what can be operated must stand out from what surrounds it by at least 3:1. The
 * extension pages' colours are CSS variables (components/ui.css), one set per theme; the in-page
 * notice has its own (lib/notice/notice.ts). Contrast is computed from them as WCAG defines it.
 */

const css = readFileSync(join(import.meta.dirname, '..', '..', 'components', 'ui.css'), 'utf8');

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The variables a block declares: `--bg: #ffffff;` → { bg: '#ffffff' }. */
function variables(block: string): Record<string, string> {
  return Object.fromEntries(Array.from(block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi), (match) => [match[1]!, match[2]!.toLowerCase()]));
}

const lightBlock = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const darkBlock = css.slice(darkStart, css.indexOf('}', css.indexOf(':root {', darkStart)));
const themes = { light: variables(lightBlock), dark: { ...variables(lightBlock), ...variables(darkBlock) } };

/** Where a control sits or what it is filled with: the page, a surface, a hovered button. */
const BACKGROUNDS = ['bg', 'surface', 'accent-bg'] as const;

describe.each(Object.entries(themes))('the %s theme', (_, colours) => {
  it('outlines every control at 3:1 or more against each background it sits on', () => {
    for (const background of BACKGROUNDS) {
      expect(contrast(colours['control-border']!, colours[background]!), background).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws the focus ring at 3:1 or more', () => {
    for (const background of BACKGROUNDS.slice(0, 2)) expect(contrast(colours.accent!, colours[background]!), background).toBeGreaterThanOrEqual(3);
  });

  it('sets text at 4.5:1 or more, muted text and states included', () => {
    for (const [text, background] of [
      ['text', 'bg'], ['muted', 'bg'], ['muted', 'surface'], ['accent', 'surface'], ['on-accent', 'accent'],
      ['failed', 'failed-bg'], ['stalled', 'stalled-bg'], ['healthy', 'healthy-bg'],
    ] as const) {
      expect(contrast(colours[text]!, colours[background]!), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the extension pages\' stylesheet', () => {
  it('gives every bordered control the control border, never the content line', () => {
    const rules = Array.from(css.matchAll(/([^{}]+)\{([^{}]*)\}/g), (match) => ({ selector: match[1]!.trim(), body: match[2]! }));
    const controls = rules.filter(
      ({ selector, body }) => /(^|[\s,])(button|input|select|textarea|kbd)\b/.test(selector) && /border:\s*1px/.test(body),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const { selector, body } of controls) expect(body, selector).toContain('var(--control-border)');
  });
});

describe('the in-page notice', () => {
  const light = /\nbutton \{[^}]*border: 1px solid (#[0-9a-f]{6}); background: (#[0-9a-f]{6})/i.exec(NOTICE_STYLE);
  const dark = /@media[^]*button \{ background: (#[0-9a-f]{6}); border-color: (#[0-9a-f]{6})/i.exec(NOTICE_STYLE);
  const cards = { light: /\.card \{[^}]*background: (#[0-9a-f]{6})/i.exec(NOTICE_STYLE)?.[1], dark: /@media[^]*\.card \{[^}]*background: (#[0-9a-f]{6})/i.exec(NOTICE_STYLE)?.[1] };

  it('outlines its buttons at 3:1 or more against the card and their own fill, in both themes', () => {
    expect(light && dark && cards.light && cards.dark).toBeTruthy();
    expect(contrast(light![1]!, cards.light!)).toBeGreaterThanOrEqual(3);
    expect(contrast(light![1]!, light![2]!)).toBeGreaterThanOrEqual(3);
    expect(contrast(dark![2]!, cards.dark!)).toBeGreaterThanOrEqual(3);
    expect(contrast(dark![2]!, dark![1]!)).toBeGreaterThanOrEqual(3);
  });
});
