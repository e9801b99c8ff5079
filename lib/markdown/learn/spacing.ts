/**
 * Blank lines between nested entries (`    + [Title](…)` under `- Topic` bullets): read from
 * consecutive entries at one indentation, not from the outer list, whose items may stand
 * apart while the entries under each of them are tight. A blank line written where the
 * neighbours have none would turn their whole sub-list loose.
 */
import type { Doc, Entry } from '../document';
import { isBlank } from '../lines';

const indentOf = (doc: Doc, entry: Entry) => /^\s*/.exec(doc.lines[entry.start]?.text ?? '')?.[0];

/** Whether nested entries stand apart by blank lines; null when no two follow each other. */
export function nestedLoose(doc: Doc, given: Entry[]): boolean | null {
  // In document order: a new topic's kin come most recent first.
  const entries = [...given].sort((a, b) => a.start - b.start);
  let pairs = 0;
  let gaps = 0;
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i - 1] as Entry;
    const next = entries[i] as Entry;
    if (!before.nested || !next.nested || indentOf(doc, before) !== indentOf(doc, next)) continue;
    let at = before.end;
    while (at < next.start && isBlank(doc.lines[at]?.text ?? '')) at++;
    // Only neighbours with nothing but blank lines between them tell the spacing.
    if (at !== next.start) continue;
    pairs++;
    if (next.start > before.end) gaps++;
  }
  return pairs ? gaps * 2 > pairs : null;
}
