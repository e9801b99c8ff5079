/**
 * Markdown text → list document. Block structure comes from marked's lexer, whose tokens
 * keep their `raw` text; each token is mapped back to the document's own lines, so writing
 * the lines back gives the original bytes whatever marked normalised.
 */
import type { Token, Tokens } from 'marked';
import { streamBlocks } from './block-stream';
import type { Doc, Entry, EntryShape, ListItemSpan, ListShape, QuotedHeading } from './document';
import { unescapeInline } from './escape';
import { itemText, nestedItems, recogniseBareLink } from './entry';
import { recogniseMemo } from './recognise-memo';
import { frontMatterLength } from './frontmatter';
import { HeadingTable } from './heading-table';
import { HeadingTexts } from './heading-text';
import { guardForLexer, MAX_QUOTE_DEPTH } from './lex-guard';
import { tableEntries } from './learn/rows';
import { outside, readBlocks } from './learn/block-entries';
import type { HeadingLines } from './learn/heading-entry';
import { closeHtmlItems } from './learn/html-entry';
import { findToc, inToc } from './toc-find';
import { LineIndex, lineSpan, type OffsetLines } from './line-index';
import { LineStore } from './line-store';
import { isBlank, type Line } from './lines';
import { Outline } from './outline';
import type { Recognised } from './styles/types';
import { TopBlocks } from './top-blocks';

/**
 * Items nested in items that are no entries are read this many levels deep; deeper ones stay
 * raw text (written back as they are). Each level reads its lines again, and a file could
 * otherwise nest thousands of levels.
 */
const MAX_ITEM_NESTING = 16;

interface Builder {
  /** The document's lines, read without making an object per line (line-store.ts). */
  store: LineStore;
  headings: HeadingTable;
  lists: ListShape[];
  items: ListItemSpan[];
  pending: PendingEntry[];
  /** The document's top-level blocks as line ranges (block entries are read from them). */
  tops: TopBlocks;
  quoted: QuotedHeading[];
}

interface PendingEntry {
  start: number;
  end: number;
  recognised: Recognised;
  shape: EntryShape;
  list: number;
  nested: boolean;
}

/** One block-quote marker (CommonMark: up to three spaces, `>`, an optional space). */
const QUOTE_PREFIX = / {0,3}> ?/y;

function trimBlankEnd(store: LineStore, start: number, end: number): number {
  let last = end;
  while (last > start + 1 && isBlank(store.text(last - 1))) last--;
  return last;
}

/** Where a line's text starts once the block-quote markers of `depth` levels are skipped. */
function quoteEnd(text: string, depth: number): number {
  let at = 0;
  for (let d = 0; d < depth; d++) {
    QUOTE_PREFIX.lastIndex = at;
    if (!QUOTE_PREFIX.test(text)) break;
    at = QUOTE_PREFIX.lastIndex;
  }
  return at;
}

/** The lines of a range with the block-quote prefix of each level removed. */
function stripQuotes(store: LineStore, start: number, end: number, depth: number): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const text = store.text(i);
    out.push(text.slice(quoteEnd(text, depth)));
  }
  return out;
}

function quotePrefix(store: LineStore, line: number, depth: number): string {
  const text = store.text(line);
  return text.slice(0, quoteEnd(text, depth));
}

function addItem(
  builder: Builder,
  start: number,
  end: number,
  list: number,
  depth: number,
  nesting: number,
): void {
  const { store } = builder;
  const nested = nesting > 0;
  const lines = stripQuotes(store, start, end, depth);
  const text = itemText(lines);
  if (!text) return;
  const recognised = recogniseMemo(text);
  if (!nested) {
    const number = text.ordered ? Number.parseInt(text.marker, 10) : undefined;
    const span: ListItemSpan = { start, end, list, sectionIndex: -1 };
    if (number !== undefined) span.number = number;
    builder.items.push(span);
  }
  if (recognised) {
    const shape: EntryShape = {
      indent: text.indent,
      marker: text.marker,
      gap: text.gap,
      quote: quotePrefix(store, start, depth),
      ...recognised.shape,
    };
    if (text.checkbox !== undefined) shape.checkbox = text.checkbox;
    builder.pending.push({ start, end, recognised, shape, list, nested });
    return;
  }
  // An item that is no entry itself ("1. Speculative decoding:") may group entries below it.
  if (nesting >= MAX_ITEM_NESTING) return;
  const bodyStart = start + (lines.length - text.body.length);
  for (const range of nestedItems(text.body)) {
    const subEnd = trimBlankEnd(store, bodyStart + range.start, bodyStart + range.end);
    addItem(builder, bodyStart + range.start, subEnd, list, depth, nesting + 1);
  }
}

function addList(
  builder: Builder,
  token: Tokens.List,
  offset: number,
  index: OffsetLines,
  depth: number,
): void {
  const { store } = builder;
  const listIndex = builder.lists.length;
  const firstSpan = lineSpan(index, offset, token.raw);
  const firstLine = stripQuotes(store, firstSpan.first, firstSpan.first + 1, depth)[0] ?? '';
  const marker = /^(\s*)([-*+]|\d{1,9}([.)]))/.exec(firstLine);
  const shape: ListShape = {
    ordered: token.ordered,
    indent: marker?.[1] ?? '',
    bullet: token.ordered ? (marker?.[3] ?? '.') : (marker?.[2] ?? '-'),
    lastNumber: 0,
    loose: token.loose,
    quote: quotePrefix(store, firstSpan.first, depth),
  };
  builder.lists.push(shape);
  let at = offset;
  for (const item of token.items) {
    const span = lineSpan(index, at, item.raw);
    at += item.raw.length;
    const end = trimBlankEnd(store, span.first, span.end);
    addItem(builder, span.first, end, listIndex, depth, 0);
    const text = stripQuotes(store, span.first, span.first + 1, depth)[0] ?? '';
    const number = /^\s*(\d{1,9})[.)]/.exec(text);
    if (number) shape.lastNumber = Number(number[1]);
    // A new item joins after the last one: it takes that item's indentation.
    shape.indent = /^\s*/.exec(text)?.[0] ?? shape.indent;
  }
}

/**
 * Reads the block tokens of `text`, the document's lines from `firstLine` on with the quote
 * markers of `depth` levels removed. Block tokens only: the inline pass of `Lexer.lex` costs
 * more than the rest of import and its result is not used (entries are read from their raw
 * text). Nesting past MAX_QUOTE_DEPTH quote levels (and very deep list markers) is
 * flattened first (lex-guard.ts): marked recurses per level. Each token is read as marked
 * makes it and then let go (block-stream.ts). `own` maps offsets in `text` itself to lines
 * when it has them already (the store, for a source marked reads as it is).
 */
function walk(
  builder: Builder,
  text: string,
  firstLine: number,
  depth: number,
  own?: OffsetLines,
): void {
  const lexed = guardForLexer(text, MAX_QUOTE_DEPTH - depth);
  const index = own && lexed === text ? own : new LineIndex(lexed, firstLine);
  streamBlocks(lexed, (token, offset) => readToken(builder, token, offset, index, depth));
}

function readToken(
  builder: Builder,
  token: Token,
  offset: number,
  index: OffsetLines,
  depth: number,
): void {
  const { store } = builder;
  const top = depth === 0;
  if (top && token.raw !== '' && token.type !== 'heading' && token.type !== 'space') {
    const span = lineSpan(index, offset, token.raw);
    builder.tops.add(token.type, span.first, span.end);
  }
  if (token.type === 'heading' && top) {
    const span = lineSpan(index, offset, token.raw);
    // Its text and topic are read again from its lines when asked (outline.ts).
    builder.headings.add(span.first, span.end - 1, (token as Tokens.Heading).depth);
  } else if (token.type === 'heading') {
    // In a quote: no topic, but a heading with an anchor on GitHub (toc-anchors.ts).
    const text = unescapeInline((token as Tokens.Heading).text.trim());
    builder.quoted.push({ firstLine: lineSpan(index, offset, token.raw).first, text });
  } else if (token.type === 'list') {
    addList(builder, token as Tokens.List, offset, index, depth);
  } else if (token.type === 'blockquote') {
    const span = lineSpan(index, offset, token.raw);
    const quote = token as Tokens.Blockquote;
    if (!quote.tokens.length) return;
    // Lists inside quotes are read from the quote's own text, one line per document line,
    // lexed again; marked's tokens of the inside are let go first (each level would hold
    // its own copy of every level below it while the next is read).
    quote.tokens.length = 0;
    const inner = stripQuotes(store, span.first, span.end, depth + 1).join('\n');
    walk(builder, inner, span.first, depth + 1);
  } else if (token.type === 'table' && top) {
    const span = lineSpan(index, offset, token.raw);
    // Rows are read through the store: `doc.lines` would make a Line object per line.
    for (const row of tableEntries(store, span.first, span.end))
      builder.pending.push({ ...row, list: -1, nested: false });
  } else if (token.type === 'paragraph' && top) {
    const span = lineSpan(index, offset, token.raw);
    const text = store.text(span.first).trimEnd();
    const recognised = span.end - span.first === 1 ? recogniseBareLink(text) : null;
    if (recognised) {
      const shape: EntryShape = { indent: '', marker: '', gap: '', quote: '' };
      builder.pending.push({
        start: span.first,
        end: span.first + 1,
        recognised,
        shape,
        list: -1,
        nested: false,
      });
    }
  }
}

/**
 * Entries that are blocks (details blocks, paragraph entries, HTML table rows, paper
 * headings: learn/block-entries.ts) replace the items and entries inside their lines.
 */
function addBlocks(builder: Builder, texts: HeadingTexts): void {
  // Line texts come from the store: `doc.lines` would make a Line object per line (line-store.ts).
  const { store, headings } = builder;
  const moved = closeHtmlItems(
    store,
    builder.pending.map((entry) => ({
      start: entry.start,
      end: entry.end,
      html: entry.recognised.readAs === 'bare' && entry.list >= 0 && isHtmlItem(store, entry.start),
    })),
  );
  if (moved.size) {
    for (const entry of builder.pending) entry.end = moved.get(entry.start) ?? entry.end;
    for (const item of builder.items) item.end = moved.get(item.start) ?? item.end;
  }
  const lines: HeadingLines = {
    count: headings.count,
    firstLine: (i) => headings.firstLine(i),
    line: (i) => headings.line(i),
    level: (i) => headings.level(i),
    name: (i) => texts.name(headings.firstLine(i), headings.line(i)),
  };
  const read = readBlocks(store, builder.tops, lines, builder.pending);
  if (!read.entries.length) return;
  headings.remove(read.folded);
  builder.pending = outside(builder.pending, read.entries);
  builder.items = outside(builder.items, read.entries);
  for (const entry of read.entries) builder.pending.push({ ...entry, list: -1, nested: false });
}

/** Whether the list item on `line` is written as raw HTML (`- <p …>`). */
function isHtmlItem(store: LineStore, line: number): boolean {
  return /^\s*(?:[-*+]|\d{1,9}[.)])\s+</.test(store.text(line));
}

export function parseDocument(text: string): Doc {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const source = bom ? text.slice(1) : text;
  const store = new LineStore(source);
  // Front matter is read from the first lines only; the whole document's Line objects are
  // made when something asks for `doc.lines` (export), not for an import.
  const frontMatterEnd = frontMatterLength(store.lines(0, 1001));
  const headings = new HeadingTable();
  const builder: Builder = {
    store,
    headings,
    lists: [],
    items: [],
    pending: [],
    tops: new TopBlocks(headings),
    quoted: [],
  };
  // Without front matter or `\r`, the text is already what marked should see, and the
  // store's line starts map its offsets (no second index of them, 4 bytes a line).
  const direct = frontMatterEnd === 0 && !store.hasCr();
  const body = direct ? source : store.normalized(frontMatterEnd);
  walk(builder, body, frontMatterEnd, 0, direct ? store : undefined);
  const texts = new HeadingTexts(store);
  addBlocks(builder, texts);
  const outline = new Outline(headings, texts, frontMatterEnd, store.count);
  let lines: Line[] | undefined;
  let objects: ReturnType<Outline['objects']> | undefined;
  const doc: Doc = {
    bom,
    get lines() {
      lines ??= store.lines();
      return lines;
    },
    set lines(value) {
      lines = value;
    },
    eol: store.dominantEol(),
    frontMatterEnd,
    // Heading and Section objects are made when export first asks for them (outline.ts).
    get headings() {
      objects ??= outline.objects();
      return objects.headings;
    },
    get sections() {
      objects ??= outline.objects();
      return objects.sections;
    },
    topics: outline.topics,
    lists: builder.lists,
    items: builder.items,
    entries: [],
  };
  if (outline.title >= 0) doc.title = outline.name(outline.title);
  if (builder.quoted.length) doc.quotedHeadings = builder.quoted;
  for (const item of doc.items) item.sectionIndex = outline.sectionAt(item.start);
  builder.pending.sort((a, b) => a.start - b.start);
  for (const pending of builder.pending) {
    const sectionIndex = outline.sectionAt(pending.start);
    const entry: Entry = {
      start: pending.start,
      end: pending.end,
      topic: outline.sectionPath(sectionIndex),
      sectionIndex,
      vote: pending.nested ? null : pending.recognised.vote,
      readAs: pending.recognised.readAs,
      capture: pending.recognised.capture,
      shape: pending.shape,
      list: pending.list,
      nested: pending.nested,
    };
    if (pending.recognised.note !== undefined) entry.note = pending.recognised.note;
    if (pending.recognised.status !== undefined) entry.status = pending.recognised.status;
    doc.entries.push(entry);
  }
  const toc = findToc(doc, store);
  if (toc) {
    doc.toc = toc;
    doc.entries = doc.entries.filter((entry) => !inToc(doc, entry));
  }
  return doc;
}
