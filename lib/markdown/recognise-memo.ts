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

/** A few large lists' worth of entries; the least recently read is forgotten first. */
const LIMIT = 8192;
const remembered = new Map<string, Recognised | null>();

function copy(found: Recognised | null): Recognised | null {
  return found && { ...found, capture: { ...found.capture }, shape: { ...found.shape } };
}

export function recogniseMemo(item: ItemText): Recognised | null {
  const key = JSON.stringify(item);
  const known = remembered.get(key);
  if (known !== undefined) {
    remembered.delete(key);
    remembered.set(key, known);
    return copy(known);
  }
  const found = recognise(item);
  remembered.set(key, copy(found));
  if (remembered.size > LIMIT) remembered.delete(remembered.keys().next().value as string);
  return found;
}
