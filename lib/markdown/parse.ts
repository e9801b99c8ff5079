/**
 * Markdown text → list document. Block structure comes from marked's lexer, whose tokens
 * keep their `raw` text; each token is mapped back to the document's own lines, so writing
 * the lines back gives the original bytes whatever marked normalised.
 */
import type { Token, Tokens } from 'marked';
import { streamBlocks } from './block-stream';
import { escapeTopicName, normalizeTopicPath } from '../topic-path';
import { TOPIC_SEPARATOR } from '../types';
import type { Doc, Entry, EntryShape, Heading, ListItemSpan, ListShape, Section } from './document';
import { itemText, nestedItems, recogniseBareLink } from './entry';
import { recogniseMemo } from './recognise-memo';
import { unescapeInline } from './escape';
import { frontMatterLength } from './frontmatter';
import { headingName } from './heading-name';
import { guardForLexer, MAX_QUOTE_DEPTH } from './lex-guard';
import { tableEntries } from './learn/rows';
import type { TopBlock } from './learn/blocks';
import { outside, readBlocks } from './learn/block-entries';
import { closeHtmlItems } from './learn/html-entry';
import { findToc, inToc } from './toc-find';
import { LineIndex, lineSpan, type OffsetLines } from './line-index';
import { LineStore } from './line-store';
import { isBlank, type Line } from './lines';
import type { Recognised } from './styles/types';

/**
 * Items nested in items that are no entries are read this many levels deep; deeper ones stay
 * raw text (written back as they are). Each level reads its lines again, and a file could
 * otherwise nest thousands of levels.
 */
const MAX_ITEM_NESTING = 16;

interface Builder {
  doc: Doc;
  /** The document's lines, read without making an object per line (line-store.ts). */
  store: LineStore;
  /** `name`: the topic's name, the heading's text without its markup (heading-name.ts). */
  rawHeadings: { firstLine: number; line: number; level: number; text: string; name: string }[];
  pending: PendingEntry[];
  /** The document's top-level block tokens as line ranges (block entries are read from them). */
  tops: TopBlock[];
}

interface PendingEntry {
  start: number;
  end: number;
  recognised: Recognised;
  shape: EntryShape;
  list: number;
  nested: boolean;
}

const QUOTE_PREFIX = /^ {0,3}> ?/;

function trimBlankEnd(store: LineStore, start: number, end: number): number {
  let last = end;
  while (last > start + 1 && isBlank(store.text(last - 1))) last--;
  return last;
}

/** The lines of a range with the block-quote prefix of each level removed. */
function stripQuotes(store: LineStore, start: number, end: number, depth: number): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    let text = store.text(i);
    for (let d = 0; d < depth; d++) text = text.replace(QUOTE_PREFIX, '');
    out.push(text);
  }
  return out;
}

function quotePrefix(store: LineStore, line: number, depth: number): string {
  let text = store.text(line);
  let prefix = '';
  for (let d = 0; d < depth; d++) {
    const match = QUOTE_PREFIX.exec(text);
    if (!match) break;
    prefix += match[0];
    text = text.slice(match[0].length);
  }
  return prefix;
}

function addItem(
  builder: Builder,
  start: number,
  end: number,
  list: number,
  depth: number,
  nesting: number,
): void {
  const { doc, store } = builder;
  const nested = nesting > 0;
  const lines = stripQuotes(store, start, end, depth);
  const text = itemText(lines);
  if (!text) return;
  const recognised = recogniseMemo(text);
  if (!nested) {
    const number = text.ordered ? Number.parseInt(text.marker, 10) : undefined;
    const span: ListItemSpan = { start, end, list, sectionIndex: -1 };
    if (number !== undefined) span.number = number;
    doc.items.push(span);
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
  const { doc, store } = builder;
  const listIndex = doc.lists.length;
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
  doc.lists.push(shape);
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
  if (top && token.raw !== '') {
    const span = lineSpan(index, offset, token.raw);
    builder.tops.push({ type: token.type, first: span.first, end: span.end });
  }
  if (token.type === 'heading' && top) {
    const span = lineSpan(index, offset, token.raw);
    const heading = token as Tokens.Heading;
    const text = heading.text.trim();
    builder.rawHeadings.push({
      firstLine: span.first,
      line: span.end - 1,
      level: heading.depth,
      text: unescapeInline(text),
      // Markup is read before unescaping, so an escaped `\[` is text, not a link.
      name: unescapeInline(headingName(text)),
    });
  } else if (token.type === 'list') {
    addList(builder, token as Tokens.List, offset, index, depth);
  } else if (token.type === 'blockquote') {
    const span = lineSpan(index, offset, token.raw);
    // Lists inside quotes are read from the quote's own text, one line per document line.
    if ((token as Tokens.Blockquote).tokens.length) {
      const inner = stripQuotes(store, span.first, span.end, depth + 1).join('\n');
      walk(builder, inner, span.first, depth + 1);
    }
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
function addBlocks(builder: Builder): void {
  const { doc } = builder;
  // Line texts come from the store: `doc.lines` would make a Line object per line (line-store.ts).
  const { store } = builder;
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
    for (const item of doc.items) item.end = moved.get(item.start) ?? item.end;
  }
  const read = readBlocks(store, builder.tops, builder.rawHeadings, builder.pending);
  if (!read.entries.length) return;
  builder.rawHeadings = read.headings;
  builder.pending = outside(builder.pending, read.entries);
  doc.items = outside(doc.items, read.entries);
  for (const entry of read.entries) builder.pending.push({ ...entry, list: -1, nested: false });
}

/** Whether the list item on `line` is written as raw HTML (`- <p …>`). */
function isHtmlItem(store: LineStore, line: number): boolean {
  return /^\s*(?:[-*+]|\d{1,9}[.)])\s+</.test(store.text(line));
}

/** Topic paths and sections from the headings (FORMATS.md "Topics are headings"). */
function buildSections(builder: Builder, frontMatterEnd: number): void {
  const { doc, rawHeadings } = builder;
  const lineCount = builder.store.count;
  const h1 = rawHeadings.filter((heading) => heading.level === 1);
  const titleHeading = h1.length === 1 && rawHeadings[0]?.level === 1 ? rawHeadings[0] : undefined;
  if (titleHeading) doc.title = titleHeading.name;
  const stack: { level: number; text: string }[] = [];
  const treeEnds = subtreeEnds(rawHeadings, lineCount);
  const topics = new Set<string>();
  doc.sections.push({
    heading: null,
    start: frontMatterEnd,
    end: rawHeadings[0]?.firstLine ?? lineCount,
    treeEnd: lineCount,
    path: '',
  });
  rawHeadings.forEach((raw, i) => {
    const isTitle = raw === titleHeading;
    let path = '';
    if (!isTitle) {
      while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= raw.level) stack.pop();
      // The name without its markup, one path part even when it holds ` / ` (topic-path.ts).
      stack.push({ level: raw.level, text: escapeTopicName(raw.name) });
      // Spelled as the collection spells paths, so topics match whoever created them.
      path = normalizeTopicPath(stack.map((part) => part.text).join(TOPIC_SEPARATOR));
    }
    // Written out, not spread: object spread is slow enough in V8 to dominate 100,000 headings.
    const heading: Heading = {
      firstLine: raw.firstLine,
      line: raw.line,
      level: raw.level,
      text: raw.text,
      path,
      isTitle,
    };
    doc.headings.push(heading);
    const next = rawHeadings[i + 1];
    const section: Section = {
      heading,
      start: raw.line + 1,
      end: next?.firstLine ?? lineCount,
      treeEnd: isTitle ? lineCount : (treeEnds[i] ?? lineCount),
      path,
    };
    doc.sections.push(section);
    if (path && !topics.has(path)) {
      topics.add(path);
      doc.topics.push(path);
    }
  });
}

/**
 * For each heading, the first line of the next heading at its level or above (`end` when
 * none): where its section's tree ends. One pass from the end with a stack, not a search
 * per heading (100,000 headings made that quadratic).
 */
function subtreeEnds(headings: { firstLine: number; level: number }[], end: number): number[] {
  const ends: number[] = new Array<number>(headings.length);
  const open: { firstLine: number; level: number }[] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i] as { firstLine: number; level: number };
    while (open.length && (open[open.length - 1]?.level ?? 0) > heading.level) open.pop();
    ends[i] = open[open.length - 1]?.firstLine ?? end;
    open.push(heading);
  }
  return ends;
}

/** Index of the section holding `line` (sections are in line order). */
export function sectionAt(doc: Doc, line: number): number {
  let low = 0;
  let high = doc.sections.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((doc.sections[mid]?.start ?? 0) <= line) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function parseDocument(text: string): Doc {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const source = bom ? text.slice(1) : text;
  const store = new LineStore(source);
  // Front matter is read from the first lines only; the whole document's Line objects are
  // made when something asks for `doc.lines` (export), not for an import.
  const frontMatterEnd = frontMatterLength(store.lines(0, 1001));
  let lines: Line[] | undefined;
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
    headings: [],
    sections: [],
    topics: [],
    lists: [],
    items: [],
    entries: [],
  };
  // Without front matter or `\r`, the text is already what marked should see, and the
  // store's line starts map its offsets (no second index of them, 4 bytes a line).
  const direct = frontMatterEnd === 0 && !store.hasCr();
  const body = direct ? source : store.normalized(frontMatterEnd);
  const builder: Builder = { doc, store, rawHeadings: [], pending: [], tops: [] };
  walk(builder, body, frontMatterEnd, 0, direct ? store : undefined);
  addBlocks(builder);
  buildSections(builder, frontMatterEnd);
  for (const item of doc.items) item.sectionIndex = sectionAt(doc, item.start);
  builder.pending.sort((a, b) => a.start - b.start);
  for (const pending of builder.pending) {
    const sectionIndex = sectionAt(doc, pending.start);
    const entry: Entry = {
      start: pending.start,
      end: pending.end,
      topic: doc.sections[sectionIndex]?.path ?? '',
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
