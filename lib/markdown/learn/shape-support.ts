/**
 * Which shape a section's new entry takes when two shapes are shared by as many entries and
 * one is the other with optional parts (`[[Paper](…)]` beside `[[Paper](…)] [[Code](…)]`):
 * the fuller one, which writes both kinds of work (a part the item lacks is left out
 * cleanly, fill.ts). A tie went to whichever shape came first, and a paper with code lost
 * its code link in a section where half the entries have one. Only ties: where most entries
 * share a shape, that shape stays the neighbours' (a fuller minority is not the list's way).
 */

/**
 * A shape's slots and links in order (signature tokens: `{title}`, `[](@code)`), without the
 * leads (marker, checkbox): a checkbox is a status, not an optional part.
 */
function tokens(shape: string): string[] {
  return shape.split(/\s+/).filter((token) => /[{@]/.test(token));
}

/** Whether `small` is `big` with some slots left out (and not `big` itself), line for line. */
function leftOutOf(smallShape: string, bigShape: string): boolean {
  if (smallShape.split('\n').length !== bigShape.split('\n').length) return false;
  const small = tokens(smallShape);
  const big = tokens(bigShape);
  if (small.length >= big.length) return false;
  let at = 0;
  for (const token of big) if (token === small[at]) at++;
  return at === small.length;
}

/** The shape most entries share; of tied shapes, one the others are with parts left out. */
export function sharedShape(counts: Map<string, number>): { shape: string; count: number } {
  let shape = '';
  let count = 0;
  for (const [candidate, n] of counts) {
    const fuller = n === count && leftOutOf(shape, candidate);
    if (n > count || fuller) {
      shape = candidate;
      count = n;
    }
  }
  return { shape, count };
}
