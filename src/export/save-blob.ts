// Saving a file the page made, through the browser's download. A module of its own (no other
// imports) so that any feature can save without loading the exporters.

/** Saves a file through the browser's download (an object URL on a temporary link). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start the download, then free the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
