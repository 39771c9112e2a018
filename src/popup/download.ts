/** Saves text as a file through an <a download> on a Blob address: no "downloads" permission needed. */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started reading the blob by now; a minute is plenty before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
