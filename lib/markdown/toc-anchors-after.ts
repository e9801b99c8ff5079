/**
 * The anchors GitHub gives headings once an export's edits are written. GitHub numbers
 * repeated anchors from the top of the page (`tools`, `tools-1`, …: its TableOfContentsFilter
 * walks every rendered h1–h6 in order), so a new heading placed before an old one of the
 * same name takes `tools` and the old one becomes `tools-1`, and a heading that goes gives
 * its number to the next one of its name. The TOC's links follow (toc-update.ts).
 */
import type { Doc } from './document';
import { anchoredHeadings, ownIds, Slugger } from './toc-anchors';

/** New headings inserted before line `at`, in the order they are written there. */
export interface AddedHeadings {
  at: number;
  names: string[];
}

export interface AnchorsAfter {
  /** Each added heading's anchor, in the order of `added`. */
  added: string[][];
  /** An old heading's anchor (lower case) → its anchor after the edits, where they differ. */
  moved: Map<string, string>;
}

/**
 * Anchors after the edits: the headings whose first line `removed` says goes are left out,
 * the `added` ones are put in their place in the order.
 */
export function anchorsAfter(
  doc: Doc,
  removed: (line: number) => boolean,
  added: AddedHeadings[],
): AnchorsAfter {
  const old = anchoredHeadings(doc);
  const out: AnchorsAfter = { added: added.map(() => []), moved: new Map() };
  if (!added.length && !old.some((heading) => removed(heading.firstLine))) return out;
  const before = new Slugger();
  const oldSlugs = old.map((heading) => before.slug(heading.text));
  // One sequence sorted by place: new headings go before the old line they are inserted at,
  // in the order they were added; old headings keep theirs.
  const order: {
    at: number;
    rank: number;
    text: string;
    old?: number;
    added?: [number, number];
  }[] = [];
  old.forEach((heading, index) => {
    if (!removed(heading.firstLine))
      order.push({ at: heading.firstLine, rank: Infinity, text: heading.text, old: index });
  });
  let rank = 0;
  added.forEach((block, b) =>
    block.names.forEach((name, k) =>
      order.push({ at: block.at, rank: rank++, text: name, added: [b, k] }),
    ),
  );
  order.sort((x, y) => x.at - y.at || x.rank - y.rank);
  const after = new Slugger();
  // An id the document sets itself (`<a name="x">`) stays where it is.
  let own: Set<string> | undefined;
  for (const place of order) {
    const slug = after.slug(place.text);
    if (place.added) {
      const [b, k] = place.added;
      (out.added[b] as string[])[k] = slug;
    } else if (place.old !== undefined) {
      const was = oldSlugs[place.old] ?? '';
      if (was === slug) continue;
      own ??= new Set(old.flatMap((heading) => ownIds(doc, heading.firstLine)));
      if (!own.has(was)) out.moved.set(was, slug);
    }
  }
  return out;
}
