// Files the page made (a decrypted attachment, a PDF, an export) are offered by a link to a Blob URL,
// which is revoked once the link is used, or when the page forgets what it decrypted.

const offered = new Map<HTMLAnchorElement, { url: string; listener: AbortController }>();

export function withdraw(link: HTMLAnchorElement): void {
  const offer = offered.get(link);
  if (offer) {
    URL.revokeObjectURL(offer.url);
    offer.listener.abort();
  }
  offered.delete(link);
  link.removeAttribute('href');
  link.hidden = true;
}

export function withdrawAll(): void {
  for (const link of [...offered.keys()]) withdraw(link);
}

/** Points the link at the file; after a click (once the browser has taken the file) the URL is revoked. */
export function offer(link: HTMLAnchorElement, bytes: BlobPart, name: string, label: string, afterSave: () => void): void {
  withdraw(link);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const listener = new AbortController();
  offered.set(link, { url, listener });
  link.href = url;
  link.download = name;
  link.textContent = label;
  link.hidden = false;
  // The browser reads the Blob when the click starts the download; the URL goes on the next task.
  const saved = () =>
    setTimeout(() => {
      withdraw(link);
      afterSave();
    });
  link.addEventListener('click', saved, { once: true, signal: listener.signal });
}
