import type { PromptRecord } from '../model';

/** The export formats Detour offers, and how each is written. */
export type ExportFormat = 'json' | 'markdown' | 'csv';

/**
 * A format written piece by piece, newest prompt first, so a library of any size is never one
 * string: the page that exports puts the pieces in a Blob as they come (lib/export/library.ts).
 */
export interface ExportWriter {
  readonly mime: string;
  /** What comes before the first prompt; `count` prompts follow. */
  head(count: number, now: Date): string;
  /** The `index`th prompt (from 0). */
  prompt(record: PromptRecord, index: number): string;
  /** What comes after the last of `count` prompts. */
  tail(count: number): string;
}

/** The whole file as one string: for a few prompts, and to test the pieces against. */
export function writeWhole(writer: ExportWriter, records: readonly PromptRecord[], now: Date): string {
  return writer.head(records.length, now) + records.map((record, index) => writer.prompt(record, index)).join('') + writer.tail(records.length);
}

/** A file name that sorts by date: detour-prompts-2026-11-22T10-04.json */
export function exportFilename(format: ExportFormat, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '-');
  const extension = { json: 'json', markdown: 'md', csv: 'csv' }[format];
  return `detour-prompts-${stamp}.${extension}`;
}
