import type { DetourDb } from '../db/schema';
import { csvWriter } from './csv';
import { type ExportFormat, exportFilename, type ExportWriter } from './files';
import { jsonWriter } from './json';
import { markdownWriter } from './markdown';

/**
 * The whole library as a file, made where it is saved: Detour's own pages share the extension's
 * origin, so they read its database themselves and no message has to carry the library (a
 * runtime message stops at 64 MiB). The prompts are read in one read transaction, so the file is
 * the library as it was at one moment, and written into a Blob a part at a time, so no more than
 * about PART_CHARS of it is ever held as a string.
 */

export const WRITERS: Record<ExportFormat, ExportWriter> = { json: jsonWriter, markdown: markdownWriter, csv: csvWriter };

/** How much text is gathered before it goes into a Blob part (the browser keeps large Blobs on disk). */
export const PART_CHARS = 4 * 1024 * 1024;

export interface LibraryFile {
  readonly filename: string;
  readonly blob: Blob;
  readonly prompts: number;
}

/** Builds the library's file in `format`, newest prompt first; `onPart` sees each part's length (tests). */
export async function exportLibrary(
  db: DetourDb,
  format: ExportFormat,
  now: Date,
  onPart: (chars: number) => void = () => undefined,
): Promise<LibraryFile> {
  const writer = WRITERS[format];
  const parts: Blob[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = () => {
    if (pending.length === 0) return;
    parts.push(new Blob(pending));
    onPart(pendingChars);
    pending = [];
    pendingChars = 0;
  };
  const add = (text: string) => {
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= PART_CHARS) flush();
  };

  const prompts = await db.transaction('r', db.prompts, async () => {
    const count = await db.prompts.count();
    add(writer.head(count, now));
    let index = 0;
    await db.prompts
      .orderBy('updatedAt')
      .reverse()
      .each((record) => add(writer.prompt(record, index++)));
    add(writer.tail(index));
    return index;
  });
  flush();
  return { filename: exportFilename(format, now), blob: new Blob(parts, { type: `${writer.mime};charset=utf-8` }), prompts };
}
