import type { ExportFormat } from '../export/files';

/**
 * Exports every saved prompt as `format` through the browser's download; returns the file's name.
 * The page reads the database itself (see lib/export/library.ts), with Dexie loaded only then:
 * the popup opens without it.
 */
export async function exportPrompts(format: ExportFormat): Promise<string> {
  const [{ withDb }, { exportLibrary }] = await Promise.all([import('../db/schema'), import('../export/library')]);
  const file = await withDb((db) => exportLibrary(db, format, new Date()));
  downloadFile(file.filename, file.blob);
  return file.filename;
}

/** Saves a file through the browser's download, from an extension page. */
export function downloadFile(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after this call returns; let it, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
