/**
 * A title that reads as names: `**LoRA & Models**`, `Sparse & Vision`. Two capitalised words
 * joined by `&` or `and` pass for an author list (authors.ts), so an entry whose first line
 * holds nothing else would have no title at all, and the label of its link (`Paper:`,
 * `[arXiv]`) on a later line would be taken for one. Every entry names its work, and the
 * first line is where it does: there, the names are the title.
 */
import type { Node } from './nodes';

/**
 * Turns the first author list of `line` read from running text (not inside a generic link
 * label, which is never a value) into the title slot; returns its text, or null if none.
 */
export function namesAsTitle(line: Node[]): string | null {
  for (const [index, node] of line.entries()) {
    if (node.k === 'authors' && node.text !== undefined) {
      line.splice(index, 1, { k: 'title' });
      return node.text;
    }
    const inner =
      node.k === 'group'
        ? node.children
        : node.k === 'link' && !node.generic && !node.image
          ? node.label
          : null;
    const found = inner ? namesAsTitle(inner) : null;
    if (found !== null) return found;
  }
  return null;
}
