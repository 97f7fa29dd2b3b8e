/**
 * Copies text on a person's click (extension page or content script): the Clipboard API, else
 * the older copy command, which some pages' permission policies still allow. The text the older
 * command copies from sits for that moment in a closed shadow root, where a chatbot page's
 * scripts (watching the DOM) cannot read it.
 */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const host = doc.createElement('detour-copy');
    const area = doc.createElement('textarea');
    area.style.cssText = 'position:fixed;top:-1000px;opacity:0';
    host.attachShadow({ mode: 'closed' }).append(area);
    doc.body.append(host);
    // Filled once it is out of the page's reach.
    area.value = text;
    area.select();
    const copied = doc.execCommand('copy');
    host.remove();
    return copied;
  }
}
