/**
 * `learnPattern` remembered by what it reads. Learning a section costs milliseconds per
 * section, and the same sections come back again and again: an export, then the GitHub
 * commit panel's plan on a fresh copy of the file, then a retry after a 409, all hold
 * mostly the sections the last one held, byte for byte. A section learns again only when
 * its entries or its neighbours' text changed. The result depends on nothing but the
 * inputs (learnPattern is pure) and callers only read the patterns, so sharing is safe.
 */
import { learnPattern, type PatternResult } from './pattern';

/** Enough for every section of a few large lists; the oldest is forgotten first. */
const LIMIT = 512;
const remembered = new Map<string, PatternResult>();

export function learnPatternMemo(
  neighbours: string[][],
  pool: string[],
  newestFirst = false,
): PatternResult {
  // JSON keeps the parts apart whatever characters the lines hold.
  const key = JSON.stringify([newestFirst, pool, neighbours]);
  const known = remembered.get(key);
  if (known) {
    // Most recently used last, so the oldest is the first key.
    remembered.delete(key);
    remembered.set(key, known);
    return known;
  }
  const result = learnPattern(neighbours, pool, newestFirst);
  remembered.set(key, result);
  if (remembered.size > LIMIT) remembered.delete(remembered.keys().next().value as string);
  return result;
}
