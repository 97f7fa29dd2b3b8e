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

/**
 * Copies text on a person's click (extension page or content script): the Clipboard API, else
 * the older copy command, which some pages' permission policies still allow.
 */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;top:-1000px;opacity:0';
    doc.body.append(area);
    area.select();
    const copied = doc.execCommand('copy');
    area.remove();
    return copied;
  }
}
