/**
 * Where a piece of an entry's undecided text sits: the fixed text before it on its line (back
 * to the nearest value or the line's start) and after it (up to the nearest value, or the
 * line's end). Text the neighbours share is template text only where they do not hold other
 * words in that place: a note several entries happen to share (`**Use:** Robot localization`
 * beside `**Use:** Data augmentation`) is a value there, not the list's wording (issue 11: a
 * value the item does not have is never invented).
 */
import type { Node } from './nodes';

export interface Place {
  before: string;
  after: string;
  /** Nothing but `after` follows to the line's end (no value after the text). */
  toEnd: boolean;
}

/** Raw text pieces of a line in order; null stands for a value (a slot or `free` text). */
type Piece = string | { node: Node & { k: 'txt' } } | null;

function pieces(nodes: Node[], out: Piece[]): void {
  for (const node of nodes) {
    if (node.k === 'lit') out.push(node.text);
    else if (node.k === 'txt') out.push({ node });
    else if (node.k === 'group') {
      out.push(node.open);
      pieces(node.children, out);
      out.push(node.close);
    } else if (node.k === 'link') {
      out.push(node.image ? '![' : '[');
      pieces(node.label, out);
      out.push('](');
      pieces(node.dest, out);
      out.push(')');
    } else out.push(null);
  }
}

const text = (piece: Piece): string =>
  piece === null ? '' : typeof piece === 'string' ? piece : piece.node.text;

/** The place of every undecided text node of one line (its nodes as learned). */
export function placesIn(line: Node[]): Map<Node, Place> {
  const list: Piece[] = [];
  pieces(line, list);
  const places = new Map<Node, Place>();
  list.forEach((piece, index) => {
    if (piece === null || typeof piece === 'string') return;
    let before = '';
    for (let i = index - 1; i >= 0 && list[i] !== null; i--)
      before = text(list[i] ?? null) + before;
    let after = '';
    let i = index + 1;
    for (; i < list.length && list[i] !== null; i++) after += text(list[i] ?? null);
    places.set(piece.node, { before, after, toEnd: i >= list.length });
  });
  return places;
}

/** What an entry's text holds in `place` (its first line that has the place), or null. */
function heldAt(raw: string, place: Place): string | null {
  const { before, after, toEnd } = place;
  for (let at = raw.indexOf(before); at >= 0; at = raw.indexOf(before, at + 1)) {
    const from = at + before.length;
    const lineEnd = raw.indexOf('\n', from);
    const end = lineEnd < 0 ? raw.length : lineEnd;
    const rest = raw.slice(from, end);
    if (toEnd && rest.endsWith(after)) return rest.slice(0, rest.length - after.length).trim();
    const stop = toEnd ? -1 : rest.indexOf(after);
    if (stop >= 0) return rest.slice(0, stop).trim();
  }
  return null;
}

/**
 * Counts, over `pool` (entries' text), the entries that hold `core` in `place` (`same`) and
 * those that hold other words there (`other`). No evidence (zeros) where the place cannot be
 * told: nothing fixed before the text, or a value right after it.
 */
export function wordsAt(
  pool: string[],
  place: Place,
  core: string,
): { same: number; other: number } {
  const counts = { same: 0, other: 0 };
  if (place.before.trim() === '' || (place.after === '' && !place.toEnd)) return counts;
  for (const raw of pool) {
    const held = heldAt(raw, place);
    if (held === core) counts.same++;
    else if (held !== null && /[\p{L}\p{N}]/u.test(held)) counts.other++;
  }
  return counts;
}
