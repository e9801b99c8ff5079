/**
 * How new items are written in a given place of a document: the marker and indentation of
 * the list they join, the section's checkbox habit, the document's badge separator.
 */
import type { Doc, Entry } from './document';
import { DEFAULT_SEPARATOR } from './styles/awesome';
import type { RenderContext } from './styles/types';

/** The separator the document already puts before badges (`¬∑` in the seed). */
export function documentSeparator(doc: Doc): string {
  for (const entry of doc.entries) {
    const extras = entry.shape.extras;
    if (!extras) continue;
    const match = /(?:^|\n)\s*(\S{1,4}) \(\[/.exec(extras) ?? /^ (\S{1,4}) \(\[/.exec(extras);
    if (match?.[1]) return match[1];
  }
  return DEFAULT_SEPARATOR;
}

/** Whether the section's obsidian entries mostly carry a checkbox (the document's if none). */
export function usesCheckbox(doc: Doc, sectionIndex: number): boolean {
  const count = (entries: Entry[]) => {
    let withBox = 0;
    let without = 0;
    for (const entry of entries) {
      if (entry.readAs !== 'obsidian' && entry.readAs !== 'plain') continue;
      if (entry.shape.checkbox !== undefined) withBox++;
      else without++;
    }
    return { withBox, without };
  };
  const here = count(doc.entries.filter((entry) => entry.sectionIndex === sectionIndex));
  if (here.withBox + here.without > 0) return here.withBox > here.without;
  const all = count(doc.entries);
  return all.withBox > all.without;
}

/** Whether the section writes awesome authors as `a, b, c, ..., y, z`. */
export function usesEllipsis(doc: Doc, sectionIndex: number): boolean {
  const inSection = doc.entries.filter(
    (entry) => entry.sectionIndex === sectionIndex && entry.shape.extras !== undefined,
  );
  const pool = inSection.length ? inSection : doc.entries;
  return pool.some((entry) => entry.shape.authorsEllipsis === true);
}

export function baseContext(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    indent: '',
    marker: '-',
    gap: ' ',
    checkbox: false,
    sep: DEFAULT_SEPARATOR,
    authorsEllipsis: false,
    paperUrl: 'abs',
    ...overrides,
  };
}

/** Context to write an existing entry again, in its own marker, number and indentation. */
export function entryContext(entry: Entry, sep: string, authorsEllipsis: boolean): RenderContext {
  return baseContext({
    indent: entry.shape.indent,
    marker: entry.shape.marker,
    gap: entry.shape.marker ? entry.shape.gap || ' ' : '',
    checkbox: entry.shape.checkbox !== undefined,
    sep,
    authorsEllipsis,
    shape: entry.shape,
  });
}
