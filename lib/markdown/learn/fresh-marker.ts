/**
 * The marker of the n-th entry (from 0) of a list the export starts itself (a new topic, or
 * a section whose entries are learned from its siblings). An ordered exemplar (`3.`) was
 * numbered in its own list: the new list counts from 1 (`1.`, `2.`), unless the document's
 * lists repeat one number on every item (`1.`, `1.`: Markdown counts), when it keeps that.
 * A bullet exemplar keeps its bullet (undefined: the exemplar's own lead).
 */
import type { Doc } from '../document';
import type { SectionPattern } from './section';

export function freshListMarker(doc: Doc, learned: SectionPattern, n: number): string | undefined {
  const lead = learned.pattern?.exemplar.leads[0] ?? '';
  const match = /^\s*(\d{1,9})([.)])/.exec(lead);
  if (!match) return undefined;
  const [, own, delimiter] = match;
  return `${repeatsNumbers(doc) ? own : n + 1}${delimiter}`;
}

/** Whether most ordered items carry the number of the item before them in their list. */
function repeatsNumbers(doc: Doc): boolean {
  let same = 0;
  let pairs = 0;
  doc.items.forEach((item, i) => {
    const previous = doc.items[i - 1];
    if (item.number === undefined || previous?.list !== item.list) return;
    if (previous.number === undefined) return;
    pairs++;
    if (previous.number === item.number) same++;
  });
  return pairs > 0 && same * 2 > pairs;
}
