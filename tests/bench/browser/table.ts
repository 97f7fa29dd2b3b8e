/**
 * The real-browser benchmark's rows (`npm run bench:browser`): Detour's figure beside its
 * comparison, measured in the same run, as min / median / max over repeated trials.
 */

export interface Stats {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly p95: number;
  readonly trials: number;
}

export interface BenchRow {
  /** What is measured, e.g. "error card inserted → badge !". */
  readonly what: string;
  readonly browser: string;
  /** The stand-in site it ran on, when the row is per site. */
  readonly site?: string;
  readonly unit: 'ms' | 'kB' | '%';
  readonly detour: Stats;
  /** What the figure is compared with, e.g. "next animation frame". */
  readonly besideLabel: string;
  readonly beside?: Stats;
  /** The goal for Detour's figure, in words, e.g. "p95 ≤ 50 ms". */
  readonly goal: string;
  /** Whether Detour's figure meets the goal. */
  readonly met: boolean;
}

/** Min, median, p95 and max of some samples (at least one). */
export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('No samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  return { min: sorted[0]!, median: at(0.5), p95: at(0.95), max: sorted.at(-1)!, trials: sorted.length };
}

const figure = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const span = (s: Stats, unit: string) => `${figure(s.min)} / ${figure(s.median)} / ${figure(s.max)} ${unit}`;

/** The rows as a Markdown table: Detour and its comparison side by side, with their ratio. */
export function table(rows: readonly BenchRow[]): string {
  const header = ['what', 'browser', 'site', 'Detour (min / median / max)', 'beside it', 'ratio', 'goal', 'met'];
  const lines = rows.map((row) => [
    row.what,
    row.browser,
    row.site ?? '',
    span(row.detour, row.unit),
    row.beside ? `${row.besideLabel}: ${span(row.beside, row.unit)}` : row.besideLabel,
    row.beside && row.beside.median > 0 ? `${(row.detour.median / row.beside.median).toFixed(2)}×` : '',
    row.goal,
    row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}
