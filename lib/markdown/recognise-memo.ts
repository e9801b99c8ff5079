/**
 * `recognise` remembered by the item's text. Reading an entry (its links, its identity,
 * its fields) is most of the cost of parsing a list, and the same entries are read again
 * and again: a GitHub plan parses the file fresh from GitHub, which holds the base's
 * entries byte for byte but for the few someone changed. Recognition depends on the item's
 * text alone, so a remembered answer is the answer; each caller gets its own copy of the
 * objects it might touch (the capture and the shape), so no two parses share them.
 */
import { recognise } from './entry';
import type { ItemText, Recognised } from './styles/types';

/**
 * Two generations of answers, each up to this many: a full young one becomes the old one and
 * the previous old one is dropped, so what the last parse or two read stays (a 400 KB list
 * holds about 2,700 entries) at the cost of a Map look-up, with no bookkeeping per read; a
 * huge import keeps at most twice this many answers alive afterwards.
 */
const GENERATION = 4096;
let young = new Map<string, Recognised | null>();
let old = new Map<string, Recognised | null>();

function copy(found: Recognised | null): Recognised | null {
  return found && { ...found, capture: { ...found.capture }, shape: { ...found.shape } };
}

/** Every field of the item, apart (no line holds a NUL: decodeInput refuses them). */
function keyOf(item: ItemText): string {
  return `${item.indent}\0${item.marker}\0${item.gap}\0${item.checkbox ?? '-'}\0${item.head}\0${item.body.join('\n')}`;
}

export function recogniseMemo(item: ItemText): Recognised | null {
  const key = keyOf(item);
  let known = young.get(key);
  if (known === undefined) {
    known = old.get(key);
    if (known === undefined) {
      const found = recognise(item);
      known = copy(found);
      remember(key, known);
      return found;
    }
    remember(key, known);
  }
  return copy(known);
}

function remember(key: string, found: Recognised | null): void {
  if (young.size >= GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(key, found);
}
