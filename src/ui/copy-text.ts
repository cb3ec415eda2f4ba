// Copies text to the clipboard. The Clipboard API needs a secure context (https or localhost); on a
// plain-http deployment the text field is selected and copied the old way, and if that fails too the
// caller says so (the text stays selected, ready for Ctrl+C).
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
