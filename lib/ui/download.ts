import type { ExportFile, ExportFormat } from '../export/files';
import { sendMessage } from '../messaging/protocol';

/** Exports every saved prompt as `format` through the browser's download; returns the file's name. */
export async function exportPrompts(format: ExportFormat): Promise<string> {
  const file = await sendMessage('prompts.export', { format });
  downloadFile(file);
  return file.filename;
}

/** Saves a file through the browser's download, from an extension page. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after this call returns; let it, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
