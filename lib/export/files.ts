/** The export formats Detour offers, and what an export hands to the browser to save. */
export type ExportFormat = 'json' | 'markdown' | 'csv';

export interface ExportFile {
  readonly filename: string;
  readonly mime: string;
  readonly text: string;
}

/** A file name that sorts by date: detour-prompts-2026-11-22T10-04.json */
export function exportFilename(format: ExportFormat, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '-');
  const extension = { json: 'json', markdown: 'md', csv: 'csv' }[format];
  return `detour-prompts-${stamp}.${extension}`;
}
