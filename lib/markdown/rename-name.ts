/**
 * Renaming a topic changes only its name inside the heading line and the TOC line: the
 * markup around the name stays (`### 📖Pruning ([back](#contents))` renamed to `Sparsity` is
 * `### 📖Sparsity ([back](#contents))`; `<h3 id="x">Vision</h3>` keeps its tag and id). The
 * name is looked for in the text people read: never inside a tag, a link's destination or
 * an image.
 */
import { escapeInline } from './escape';

/** Spans of `text` that are markup, not readable text: tags, link destinations, images. */
const MARKUP = /<[^<>]*>|\]\([^)]*\)|!\[[^\]]*\]/g;

function readableAt(text: string, name: string): number {
  const blocked: [number, number][] = [];
  for (const match of text.matchAll(MARKUP))
    blocked.push([match.index, match.index + match[0].length]);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!blocked.some(([from, to]) => at < to && end > from)) return at;
  }
  return -1;
}

/**
 * `text` with the readable `oldName` replaced by `newName` (written as `escape` writes
 * text there), or null when the old name is not found as written.
 */
export function replaceName(
  text: string,
  oldName: string,
  newName: string,
  escape: (name: string) => string,
): string | null {
  if (!oldName) return null;
  for (const written of [oldName, escapeInline(oldName)]) {
    const at = readableAt(text, written);
    if (at >= 0) return text.slice(0, at) + escape(newName) + text.slice(at + written.length);
  }
  return null;
}
