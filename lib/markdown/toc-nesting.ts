/**
 * Children that stay nested under a numbered TOC line whose marker grew. CommonMark nests a
 * line under a list item only when it is indented to the item's content (past the marker
 * and the space after it): `9. [A](#a)` holds `   - [B](#b)`, but `10. [A](#a)` needs four
 * spaces, so renumbering `9.` to `10.` alone would turn B into a list of its own. Only
 * lines that need it are touched: the whole subtree moves right by what its shallowest line
 * lacks, so deeper lines keep their place under it.
 */

/** A TOC line as it will be written, with its text before the export for an old line. */
export interface NestingLine {
  text: string;
  /** The text before the export; undefined for a new line. */
  was?: string;
  removed: boolean;
}

const ITEM = /^([ \t]*)((?:[-*+] +)*)([-*+]|\d{1,9}[.)])( +)/;

/** Where whitespace written from the start of a line ends, tabs to the next stop of four. */
function columnOf(space: string): number {
  let column = 0;
  for (const char of space) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/** A list line's marker column, its content's column, and whether `- - ` nesting is used. */
function itemOf(text: string): { column: number; content: number; dashes: boolean } | null {
  const match = ITEM.exec(text);
  if (!match) return null;
  const [, indent = '', dashes = '', marker = '', gap = ''] = match;
  const column = columnOf(indent);
  // Five spaces or more after the marker: the content starts one space after it (and the
  // rest is an indented code block's), so the children need only that much.
  const space = gap.length > 4 ? 1 : gap.length;
  return { column, content: column + dashes.length + marker.length + space, dashes: !!dashes };
}

/**
 * New texts (by index) for the lines that must move right to stay nested under a line
 * whose marker changed or that is new. Children nested by `- - ` markers, and children
 * an old line did not hold before, are left as they are.
 */
export function keepNested(lines: NestingLine[]): Map<number, string> {
  const out = new Map<number, string>();
  const textOf = (index: number) => out.get(index) ?? lines[index]?.text ?? '';
  lines.forEach((line, index) => {
    if (line.removed || line.text === line.was) return;
    const own = itemOf(textOf(index));
    if (!own || own.dashes) return;
    const subtree: number[] = [];
    let least = Infinity;
    for (let next = index + 1; next < lines.length; next++) {
      if (lines[next]?.removed) continue;
      const child = itemOf(textOf(next));
      if (!child) continue;
      if (child.column <= own.column) break;
      if (child.dashes) return;
      subtree.push(next);
      least = Math.min(least, child.column);
    }
    if (least >= own.content) return;
    const before = line.was === undefined ? null : itemOf(line.was);
    if (before && least < before.content) return; // not nested before either
    const shift = ' '.repeat(own.content - least);
    for (const at of subtree) {
      const text = textOf(at);
      const lead = /^[ \t]*/.exec(text)?.[0] ?? '';
      out.set(at, lead + shift + text.slice(lead.length));
    }
  });
  return out;
}
