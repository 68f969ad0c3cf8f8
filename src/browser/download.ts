/**
 * Hands generated text to the browser as a file. An <a download> pointing at a blob: URL is a
 * download, not a navigation or a worker, so the site's Content-Security-Policy allows it. The anchor
 * is attached before the click because Firefox ignores clicks on detached anchors.
 */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: revoking at once cancels the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
