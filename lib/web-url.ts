/**
 * The one rule for URLs Paper Shelf stores and links to: `http:` or `https:` only. A
 * `javascript:` or `data:` URL in a record would run or render when someone follows the
 * link in the library or in an exported list; anything else is not a web page to save.
 */
export function isWebUrl(value: string): boolean {
  // Checked before parsing: `new URL` accepts leading spaces and control characters.
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
