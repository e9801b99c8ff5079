/**
 * What the importer learns from a Markdown list: its lines (for byte-exact writing), its
 * heading tree (topics) and its entries (items it recognised, each a line range). Export
 * edits this line by line; anything not listed here is raw text and is written back as is.
 */
import type { Capture, ReadStatus, StyleName } from '../types';
import type { Line } from './lines';

export interface Heading {
  /** Line index of the heading (its last line for a setext heading). */
  line: number;
  /** First line of the heading (differs for setext headings). */
  firstLine: number;
  level: number;
  text: string;
  /** Topic path (' / '-joined); '' for the list's title heading. */
  path: string;
  /** True for the single `#` heading that names the list. */
  isTitle: boolean;
}

/** A heading inside a block quote: its first line and its text, escapes undone. */
export interface QuotedHeading {
  firstLine: number;
  text: string;
}

/** A heading's own region: from the heading to the next heading of any level. */
export interface Section {
  heading: Heading | null;
  /** First line after the heading (0 for the preamble). */
  start: number;
  /** Line index of the next heading, or lines.length. */
  end: number;
  /** End of the section including its sub-sections. */
  treeEnd: number;
  path: string;
}

/** How a list is written, so an entry added to it matches its neighbours. */
export interface ListShape {
  ordered: boolean;
  /** Whitespace before the last item's marker. */
  indent: string;
  /** `-`, `*`, `+` for bullets; `.` or `)` after the number for ordered lists. */
  bullet: string;
  /** Number of the list's last item (ordered lists). */
  lastNumber: number;
  /** Whether items are separated by blank lines. */
  loose: boolean;
  /** Prefix of every line when the list sits in a block quote (`> `). */
  quote: string;
}

/** Per-entry details a style needs to write the entry again as it was. */
export interface EntryShape {
  indent: string;
  /** Marker as written: `-`, `*`, `1.`, `12)`. */
  marker: string;
  /** Whitespace between marker and text. */
  gap: string;
  checkbox?: string;
  /** Text before the link (numbered: `YOCO: `). */
  prefix?: string;
  /** Text after the recognised parts that belongs to no field (kept verbatim). */
  suffix?: string;
  /** awesome: `arXiv, 2404.14897` as written (`NeurIPS, 2022` in the seed). */
  venue?: string;
  /** awesome: `[**6**](https://scholar…)`. */
  citation?: string;
  /** awesome: everything after the authors (badges, extra links), lines joined with `\n`. */
  extras?: string;
  /** awesome: authors list written as `a, b, c, ..., y, z`. */
  authorsEllipsis?: boolean;
  /** numbered: the description followed the link after `: `. */
  descriptionAfterColon?: boolean;
  /** Lines under the entry kept as written (sub-items, extra paragraphs). */
  body?: string[];
  /** numbered: the `([label](url))` code links as written. */
  codeLinks?: string;
  quote: string;
  /** The link's destination as written, and the canonical URL it was read as. */
  linkUrl?: string;
  linkCanonical?: string;
  /** A table row (learn/rows.ts): written again by the table's pattern, never as a bullet. */
  row?: boolean;
  /**
   * An entry that is a block of lines, not a list item (learn/blocks.ts): a `<details>`
   * block, a paragraph with its link sub-bullets, a heading with its bullets, an HTML `<tr>`.
   */
  block?: BlockKind;
  /** The lines a new entry learns from, when not all of the entry's (a details block's prose is its own). */
  skeleton?: string[];
  /** An HTML table row's column names, from the table's header row. */
  columns?: string[];
}

export type BlockKind = 'details' | 'paragraph' | 'heading' | 'html-row';

export interface Entry {
  /** First line (inclusive) and end (exclusive), without trailing blank lines. */
  start: number;
  end: number;
  topic: string;
  sectionIndex: number;
  /** The style this entry is written in, when it is telling (a bare `- [t](u)` is not). */
  vote: StyleName | null;
  /** The style the entry was read as (for writing it back). */
  readAs: StyleName | 'bare';
  capture: Capture;
  note?: string;
  status?: ReadStatus;
  shape: EntryShape;
  /** Index into Doc.lists. */
  list: number;
  /** Nested under an item that is not itself an entry. */
  nested: boolean;
}

/** A top-level list item that is not an entry still matters for placement and numbering. */
export interface ListItemSpan {
  start: number;
  end: number;
  list: number;
  sectionIndex: number;
  number?: number;
}

export interface Doc {
  /** A byte-order mark the file started with (kept out of `lines`, written back). */
  bom: string;
  lines: Line[];
  eol: string;
  /** Lines of YAML front matter including both `---` fences; 0 when there is none. */
  frontMatterEnd: number;
  title?: string;
  /**
   * Made on the first ask, from the numbers the parser keeps per heading (outline.ts): an
   * import never asks, export does and edits them.
   */
  headings: Heading[];
  /** Made with `headings`; a section's `heading` is the object in `headings`. */
  sections: Section[];
  /** Every topic path in document order (first occurrence), including empty ones. */
  topics: string[];
  lists: ListShape[];
  items: ListItemSpan[];
  entries: Entry[];
  /**
   * Headings inside block quotes (`> ## Note`), when there are any: no topics (a quote is an
   * aside), but GitHub renders them as headings with anchors, numbered with the others.
   */
  quotedHeadings?: QuotedHeading[];
  /** The table of contents list, if the document has one. */
  toc?: { start: number; end: number; list: number };
}
