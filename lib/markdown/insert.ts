/**
 * Export of a list that was imported from a file (FORMATS.md §2): the file's own bytes,
 * changed only where the collection differs from it. New items go into their topic's
 * section in its style; new topics get a heading at the end of their parent (and a TOC
 * line); deleted or moved entries lose their lines; edited ones are written again.
 */
import { parentTopicPath } from '../topic-path';
import type { Item, StyleName } from '../types';
import {
  baseContext,
  documentSeparator,
  entryContext,
  usesCheckbox,
  usesEllipsis,
} from './context';
import { documentStyle, sectionStyles } from './detect';
import { documentBullet } from './document-bullet';
import type { Doc, Entry, Section } from './document';
import { LineEdits } from './edits';
import { timeModifiedLine, touchTimeModified } from './frontmatter';
import { isBlank } from './lines';
import { planNewTopics } from './new-topics';
import { isNewestFirst, newestFirst, paperOrder } from './order';
import { parseDocument } from './parse';
import { applyRenames, removeDeletedHeadings } from './rename';
import { writeEntry } from './learn/pattern';
import { entryLines, type SectionPattern, SectionPatterns } from './learn/section';
import {
  direction,
  itemKey,
  keyFrom,
  keySource,
  type OrderKey,
  placeAmong,
  sortItems,
} from './learn/entry-order';
import { freshListMarker } from './learn/fresh-marker';
import { numbersRows, ownDatesOf, writeRow } from './learn/table';
import { blocksNewestFirst, planBlockInserts } from './learn/block-insert';
import { DateSections } from './learn/date-sections';
import { newHtmlTable, writeHtmlRow } from './learn/html-table';
import { nestedLoose } from './learn/spacing';
import { escapeHtml } from './learn/html-text';
import { escapeInline } from './escape';
import { renderItem } from './styles/index';
import type { RenderItem } from './styles/types';
import { documentSlugs, type Slugger } from './toc-anchors';
import { TocUpdate } from './toc-update';
import type { NewTocEntry } from './toc';
import { inToc } from './toc-find';

/** How new entries are ordered among a section's own. */
interface SectionOrder {
  /** The entries run newest first (the exemplar is then taken from the top). */
  newest: boolean;
  sort: (items: Item[]) => Item[];
  /** The line a new entry goes before; undefined: after the section's entries. */
  before: (item: Item) => number | undefined;
}

/** Why a section's new entries were written in a named style instead of a learned one. */
export interface ExportNotice {
  topic: string;
  message: string;
}

export interface SourceExport {
  source: string;
  importedAt?: number;
  topics: { path: string; items: Item[]; sourcePath?: string }[];
  now: Date;
  paperUrl?: 'abs' | 'pdf';
  /** `source` already parsed, so a caller that read it does not parse it again; edited here. */
  doc?: Doc;
}

/**
 * Whether a line placed right after a list item would be taken into it (lazy continuation):
 * anything but a blank line, a heading, a fence or a thematic break.
 */
function continuesParagraph(text: string | undefined): boolean {
  if (text === undefined || isBlank(text)) return false;
  return !/^ {0,3}(#{1,6}(\s|$)|```|~~~|([-*_])(\s*\3){2,}\s*$)/.test(text);
}

/** The fields an entry was read with, as an item to compare against. */
function parsedItem(entry: Entry): RenderItem {
  const item: RenderItem = { ...entry.capture };
  if (entry.note !== undefined) item.note = entry.note;
  if (entry.status !== undefined) item.status = entry.status;
  return item;
}

class SourceWriter {
  private readonly doc: Doc;
  private readonly edits: LineEdits;
  private readonly docStyle: StyleName;
  private readonly sep: string;
  private readonly slugger: Slugger;
  private readonly headingSlugs: string[];
  private readonly styles: StyleName[];
  private readonly ellipsis = new Map<number, boolean>();
  private readonly itemBounds: { starts: Set<number>; ends: Set<number> };
  private readonly patterns: SectionPatterns;
  readonly notices: ExportNotice[] = [];

  constructor(private readonly input: SourceExport) {
    this.doc = input.doc ?? parseDocument(input.source);
    this.edits = new LineEdits(this.doc);
    // Before anything reads paths: a renamed topic's heading then carries its new path.
    applyRenames(
      this.doc,
      this.edits,
      input.topics.flatMap((topic) =>
        topic.sourcePath === undefined ? [] : [{ from: topic.sourcePath, to: topic.path }],
      ),
    );
    this.docStyle = documentStyle(this.doc);
    this.sep = documentSeparator(this.doc);
    ({ slugs: this.headingSlugs, slugger: this.slugger } = documentSlugs(this.doc));
    this.styles = sectionStyles(this.doc, this.docStyle);
    this.patterns = new SectionPatterns(this.doc);
    const spans = [...this.doc.items, ...this.doc.entries];
    this.itemBounds = {
      starts: new Set(spans.map((span) => span.start)),
      ends: new Set(spans.map((span) => span.end)),
    };
  }

  private sectionStyle(index: number): StyleName {
    return this.styles[index] ?? this.docStyle;
  }

  private authorsEllipsis(index: number): boolean {
    let known = this.ellipsis.get(index);
    if (known === undefined) {
      known = usesEllipsis(this.doc, index);
      this.ellipsis.set(index, known);
    }
    return known;
  }

  run(): string {
    const wanted = new Map<string, Map<string, Item>>();
    // A dated item saved into a topic of date sections goes into its date's (date-sections.ts).
    const dates = new DateSections(this.doc);
    for (const topic of this.input.topics) {
      if (!wanted.has(topic.path)) wanted.set(topic.path, new Map());
      for (const item of topic.items) {
        const path = dates.route(topic.path, item);
        const items = wanted.get(path) ?? new Map<string, Item>();
        if (!items.has(item.key)) items.set(item.key, item);
        wanted.set(path, items);
      }
    }
    const present = this.updateEntries(wanted);
    const toc = new TocUpdate(this.doc, this.edits, this.headingSlugs, this.slugger);
    removeDeletedHeadings(this.doc, this.edits, new Set(wanted.keys()), toc);
    const known = new Set(['', ...this.doc.topics]);
    const created: { path: string; items: Item[] }[] = [];
    for (const [path, items] of wanted) {
      const fresh = [...items.values()].filter((item) => !present.get(path)?.has(item.key));
      if (known.has(path)) {
        if (fresh.length) this.insertIntoSection(path, fresh);
      } else {
        created.push({ path, items: fresh });
      }
    }
    this.createTopics(created, toc);
    toc.finish();
    if (this.edits.changed) this.touchFrontMatter();
    return this.edits.write();
  }

  /** Removes entries whose item left the topic, rewrites edited ones; returns keys seen. */
  private updateEntries(wanted: Map<string, Map<string, Item>>): Map<string, Set<string>> {
    const present = new Map<string, Set<string>>();
    const first = new Map<string, Entry>();
    for (const entry of this.doc.entries)
      if (!first.has(entry.capture.key)) first.set(entry.capture.key, entry);
    for (const entry of this.doc.entries) {
      const keys = present.get(entry.topic) ?? new Set<string>();
      present.set(entry.topic, keys);
      keys.add(entry.capture.key);
      const item = wanted.get(entry.topic)?.get(entry.capture.key);
      if (!item) {
        this.removeEntry(entry);
        continue;
      }
      const base = parsedItem(first.get(entry.capture.key) ?? entry);
      const sameStatus = base.status === undefined || base.status === item.status;
      if (
        item.title === base.title &&
        item.url === base.url &&
        (item.note || '') === (base.note || '') &&
        sameStatus
      ) {
        continue;
      }
      if (entry.shape.row || entry.shape.block) {
        this.rewriteRow(entry, item);
        continue;
      }
      const style = this.rewriteStyle(entry);
      const context = entryContext(entry, this.sep, this.authorsEllipsis(entry.sectionIndex));
      // Only what the user edits counts (FORMATS.md §2): metadata a later capture merged in
      // (authors, stars, a fuller title from another version) does not rewrite their file.
      const edited: RenderItem = {
        ...base,
        title: item.title,
        url: item.url,
        note: item.note,
        status: item.status,
      };
      const next = renderItem(edited, style, context);
      if (next.join('\n') === renderItem(base, style, context).join('\n')) continue;
      // An item last edited before the import has not changed since: keep the user's bytes.
      const importedAt = this.input.importedAt;
      if (item.editedAt !== undefined && importedAt !== undefined && item.editedAt <= importedAt)
        continue;
      this.edits.replace(
        entry.start,
        entry.end,
        renderItem(edited, style, context, entry.shape.quote),
      );
    }
    return present;
  }

  /**
   * An edited table row: the old title and link swapped for the new ones in place, so the
   * row's other cells (the user's own words) stay as they are.
   */
  private rewriteRow(entry: Entry, item: Item): void {
    const importedAt = this.input.importedAt;
    if (item.editedAt !== undefined && importedAt !== undefined && item.editedAt <= importedAt)
      return;
    // A block entry (details, paragraph, HTML row) is edited the same way, line by line.
    const own = this.doc.lines.slice(entry.start, entry.end).map((line) => line.text);
    const written = entry.shape.linkUrl;
    const rows = own.map((text) => {
      let row = text;
      if (item.title !== entry.capture.title) {
        const html =
          entry.shape.block !== undefined && row.includes(escapeHtml(entry.capture.title));
        row = html
          ? row.split(escapeHtml(entry.capture.title)).join(escapeHtml(item.title))
          : row.replace(escapeInline(entry.capture.title, '|'), escapeInline(item.title, '|'));
      }
      if (written !== undefined && item.url !== entry.capture.url)
        row = row.split(written).join(item.url);
      return row;
    });
    if (rows.some((row, i) => row !== own[i])) this.edits.replace(entry.start, entry.end, rows);
  }

  /**
   * The style an edited entry is written in: its section's, except that a linked entry in
   * a `wiki` section (which writes no URLs) keeps the form it had, so its link survives,
   * and an item of a numbered list stays numbered.
   */
  private rewriteStyle(entry: Entry): StyleName {
    // An item of a numbered list stays numbered, as new items joining that list are.
    if (/\d/.test(entry.shape.marker)) return 'numbered';
    const style = this.sectionStyle(entry.sectionIndex);
    if (style !== 'wiki' || entry.readAs === 'wiki') return style;
    return entry.readAs === 'bare' ? 'plain' : entry.readAs;
  }

  /** Removes an entry and the blank line that separated it from a neighbouring item. */
  private removeEntry(entry: Entry): void {
    const { lines } = this.doc;
    const { starts, ends } = this.itemBounds;
    let start = entry.start;
    let end = entry.end;
    let after = end;
    while (after < lines.length && isBlank(lines[after]?.text ?? '')) after++;
    if (after > end && starts.has(after)) {
      end = after;
    } else {
      let before = start;
      while (before > 0 && isBlank(lines[before - 1]?.text ?? '')) before--;
      if (before < start && ends.has(before)) start = before;
    }
    this.edits.remove(start, end);
  }

  /** The section new items of `path` go into: the last one with items, else the last one. */
  private sectionFor(path: string): { section: Section; index: number } {
    let chosen = -1;
    let withItems = -1;
    this.doc.sections.forEach((section, index) => {
      if (section.path !== path) return;
      chosen = index;
      if (this.itemsIn(index).length) withItems = index;
    });
    const index = withItems >= 0 ? withItems : chosen;
    return { section: this.doc.sections[index] as Section, index };
  }

  /** Item line ranges in a section (TOC excluded), with the list each belongs to. */
  private itemsIn(sectionIndex: number): { start: number; end: number; list: number }[] {
    const spans = this.doc.items.filter(
      (item) => item.sectionIndex === sectionIndex && !inToc(this.doc, item),
    );
    const entries = this.doc.entries.filter((entry) => entry.sectionIndex === sectionIndex);
    return [...spans, ...entries].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private insertIntoSection(path: string, fresh: Item[]): void {
    const { section, index } = this.sectionFor(path);
    const style = this.namedStyleFor(index);
    const spans = this.itemsIn(index);
    const rows = this.patterns.entriesOf(index).filter((entry) => entry.shape.row);
    const lastRow = rows[rows.length - 1];
    const lastSpan = spans[spans.length - 1];
    if (lastRow && (!lastSpan || lastSpan.end <= lastRow.end)) {
      this.insertRows(path, lastRow, rows, fresh, style);
      return;
    }
    const blocks = this.patterns.entriesOf(index).filter((entry) => entry.shape.block);
    const lastBlock = blocks[blocks.length - 1];
    if (lastBlock && (!lastSpan || lastSpan.end <= lastBlock.end)) {
      this.insertBlocks(path, index, blocks, fresh, style);
      return;
    }
    const checkbox = usesCheckbox(this.doc, index);
    const authorsEllipsis = this.authorsEllipsis(index);
    const last = spans.reduce<(typeof spans)[number] | undefined>(
      (a, b) => (!a || b.end > a.end ? b : a),
      undefined,
    );
    if (!last || last.list < 0) {
      // No list here yet: a new one after the section's last non-blank line.
      let at = section.end;
      while (at > section.start && isBlank(this.doc.lines[at - 1]?.text ?? '')) at--;
      const learned = this.learnedFor(index, path, false);
      const lines = learned
        ? fresh.flatMap(
            (item, n) =>
              this.writeLearned(learned, item, freshListMarker(this.doc, learned, n), '', true) ??
              this.fallback(item, style),
          )
        : this.newList(fresh, style, checkbox, authorsEllipsis);
      const afterProse = at > section.start || (last !== undefined && last.list < 0);
      this.edits.insert(at, afterProse ? ['', ...lines] : lines);
      return;
    }
    const list = this.doc.lists[last.list];
    if (!list) return;
    let listSpans: { start: number; end: number }[] = this.doc.items.filter(
      (item) => item.list === last.list,
    );
    // Items that each make a list of their own (an HTML item's flush-left `</p>` ends its
    // list) are spaced as the section's items are.
    if (listSpans.length < 2)
      listSpans = spans.filter((span, i) => span.start !== spans[i - 1]?.start);
    let gaps = 0;
    for (let i = 1; i < listSpans.length; i++) {
      if ((listSpans[i]?.start ?? 0) > (listSpans[i - 1]?.end ?? 0)) gaps++;
    }
    const listLoose = gaps * 2 > listSpans.length - 1 && listSpans.length > 1;
    const own = this.doc.entries.filter((entry) => entry.sectionIndex === index && !entry.nested);
    // Every ordered item of the section (lists split by blank lines or sub-blocks count too).
    const numbers = this.doc.items
      .filter((span) => span.sectionIndex === index && span.number !== undefined)
      .map((span) => span.number);
    // `1.` on every item (Markdown numbers them itself), or on every item since a list's
    // start (`21.`, `22.`, `1.`, `1.`): a new item takes the number its last two share.
    const tail = numbers.slice(-2);
    const sameNumber = tail.length === 2 && tail[0] !== undefined && tail[0] === tail[1];
    // A section the named styles write keeps their order (newest arXiv ids first); one
    // written from learned entries runs as its entries' dates, years or ids run, unless
    // its items carry numbers that a new entry in the middle would put out of order.
    const order = this.patterns.usesNamedStyle(index)
      ? this.arxivOrder(own)
      : this.learnedOrder(own, list.ordered && !sameNumber);
    const learned = this.learnedFor(index, path, order.newest);
    // An exemplar nested deeper than the list the new entries join (entries under label
    // bullets: `- Datasets` over `    + [Paper](…)`): they are written at that list's own
    // level and with its marker, after the labels, not into the last label's nested list.
    const lead = /^\s*/.exec(learned?.pattern?.exemplar.leads[0] ?? '')?.[0] ?? '';
    const outdent = lead.length > list.indent.length;
    // Entries written at a nested level are spaced as their nested neighbours are.
    const nested = lead && !outdent ? nestedLoose(this.doc, this.patterns.entriesOf(index)) : null;
    const loose = nested ?? listLoose;
    let number = list.lastNumber;
    const atEnd: string[] = [];
    for (const item of order.sort(fresh)) {
      const marker = list.ordered
        ? sameNumber
          ? `${tail[1] ?? 1}${list.bullet}`
          : `${++number}${list.bullet}`
        : list.bullet;
      const context = baseContext({
        indent: list.indent,
        marker,
        checkbox,
        sep: this.sep,
        authorsEllipsis,
        paperUrl: this.input.paperUrl ?? 'abs',
      });
      // A numbered list only takes numbered entries, whatever the section's majority says.
      const written = learned
        ? this.writeLearned(
            learned,
            item,
            list.ordered || outdent ? marker : undefined,
            list.quote,
            outdent,
            outdent ? list.indent : '',
          )
        : null;
      const lines =
        written ?? renderItem(item, list.ordered ? 'numbered' : style, context, list.quote);
      const older = order.before(item);
      if (older !== undefined) this.edits.insert(older, loose ? [...lines, ''] : lines);
      else {
        if (loose) atEnd.push('');
        for (const line of lines) atEnd.push(line);
      }
    }
    // Text right under the list would read as a continuation of the new last item.
    if (atEnd.length && continuesParagraph(this.doc.lines[last.end]?.text)) atEnd.push('');
    this.edits.insert(last.end, atEnd);
  }

  /** Newest arXiv ids first, where the section's papers run so (the named styles' order). */
  private arxivOrder(own: Entry[]): SectionOrder {
    const papers = own.map((entry) => ({ entry, order: paperOrder(entry.capture) }));
    const newest = isNewestFirst(papers.map((paper) => paper.order));
    return {
      newest,
      sort: (items) => (newest ? newestFirst(items) : items),
      before: (item) => (newest ? this.olderPaper(papers, item) : undefined),
    };
  }

  /**
   * The order a learned section's entries run in (entry-order.ts); none when `numbered`.
   * Long sections are judged by their first and last entries, and the place of a new one
   * reads keys only as far as it goes (one save into a list of thousands stays quick).
   */
  private learnedOrder(
    own: Entry[],
    numbered: boolean,
    parts: (entry: Entry) => string[] = (entry) => entryLines(this.doc, entry),
  ): SectionOrder {
    const none: SectionOrder = { newest: false, sort: (items) => items, before: () => undefined };
    if (numbered || own.length < 2) return none;
    const keyed = (entry: Entry) => ({ parts: parts(entry), arxivId: entry.capture.arxiv?.id });
    const sample = (own.length > 120 ? [...own.slice(0, 60), ...own.slice(-60)] : own).map(keyed);
    const source = keySource(sample);
    const keys = source ? sample.map((entry) => keyFrom(source, entry)) : null;
    const way = keys ? direction(keys) : null;
    if (!source || !keys || !way) return none;
    const cache = new Map<number, OrderKey | null>();
    const keyAt = (index: number) => {
      let key = cache.get(index);
      if (key === undefined) {
        key = keyFrom(source, keyed(own[index] as Entry));
        cache.set(index, key);
      }
      return key;
    };
    return {
      newest: way === 'newest',
      sort: (items) => sortItems(items, keys, way),
      before: (item) => own[placeAmong(itemKey(item, keys), own.length, keyAt, way)]?.start,
    };
  }

  /**
   * The named style a section's new entries fall back to. A linkless `wiki` style is only
   * the section's own when its own entries are wiki ones: a few plain lines elsewhere must
   * not cost a new entry its link.
   */
  private namedStyleFor(index: number): StyleName {
    const style = this.sectionStyle(index);
    if (style !== 'wiki') return style;
    const own = this.patterns.entriesOf(index);
    return own.some((entry) => entry.readAs === 'wiki') ? 'wiki' : 'plain';
  }

  /**
   * The learned pattern for a section's new entries, or null when a named style writes
   * the section (the five formats) or nothing could be learned (then a notice says so).
   */
  private learnedFor(index: number, path: string, newest: boolean): SectionPattern | null {
    if (this.patterns.usesNamedStyle(index)) return null;
    const found = this.patterns.forSection(index, newest);
    if (found.pattern) return found;
    this.notice(path, found.reason, this.namedStyleFor(index));
    return null;
  }

  private notice(path: string, reason: string, style: StyleName): void {
    if (this.notices.some((notice) => notice.topic === path)) return;
    const where = path === '' ? 'The list' : `Topic “${path}”`;
    this.notices.push({
      topic: path,
      message: `${where}: ${reason}, so new entries are written in the ${style} style.`,
    });
  }

  /**
   * An item in a learned pattern, with the list's quote prefix; null if it cannot be.
   * `outdent`: the exemplar's indentation is dropped for `indent`.
   */
  private writeLearned(
    learned: SectionPattern,
    item: Item,
    marker?: string,
    quote = '',
    outdent = false,
    indent = '',
  ): string[] | null {
    if (!learned.pattern) return null;
    const options: Parameters<typeof writeEntry>[2] = { status: item.status, outdent };
    if (marker !== undefined) options.marker = marker;
    const written = writeEntry(learned.pattern, item, options);
    if (!written) return null;
    // Outdented to a list that is itself indented: its own indentation comes back.
    const lines = indent
      ? written.map((line) => (line === '' ? line : `${indent}${line}`))
      : written;
    return quote ? lines.map((line) => (line === '' ? quote.trimEnd() : `${quote}${line}`)) : lines;
  }

  private fallback(item: Item, style: StyleName): string[] {
    return renderItem(
      item,
      style,
      baseContext({ sep: this.sep, paperUrl: this.input.paperUrl ?? 'abs' }),
    );
  }

  /** The lines [start, end) of the table holding `line`: the run of non-blank lines. */
  private tableAround(line: number): { start: number; end: number } {
    const { lines } = this.doc;
    let start = line;
    while (start > 0 && !isBlank(lines[start - 1]?.text ?? '')) start--;
    let end = line + 1;
    while (end < lines.length && !isBlank(lines[end]?.text ?? '')) end++;
    return { start, end };
  }

  /** New rows at the end of the section's last table (in id order where rows run newest first). */
  private insertRows(path: string, lastRow: Entry, rows: Entry[], fresh: Item[], style: StyleName) {
    const table = this.tableAround(lastRow.start);
    const tableLines = this.doc.lines.slice(table.start, table.end).map((line) => line.text);
    const inTable = rows.filter((row) => row.start >= table.start && row.end <= table.end);
    // Rows run as their dates, years or ids run, unless a column numbers them.
    // Cells split plainly: only their dates are read (rows of padded tables are long).
    const order = this.learnedOrder(inTable, numbersRows(tableLines[0] ?? ''), (row) =>
      (this.doc.lines[row.start]?.text ?? '').split('|'),
    );
    const newest = order.newest;
    // Rows dated by their owner (own-dates.ts) run by when they were added: a new one is the
    // newest, whatever its work's date.
    if (ownDatesOf(tableLines) !== null)
      order.before = () => (newest ? inTable[0]?.start : undefined);
    const below: string[] = [];
    let added = 0;
    for (const item of order.sort(fresh)) {
      const row = writeRow(tableLines, item, newest, added);
      if (row !== null) added++;
      if (row === null) {
        this.notice(path, 'its table rows have no title and link to fill', style);
        for (const part of this.fallback(item, style)) below.push(part);
        continue;
      }
      this.edits.insert(order.before(item) ?? lastRow.end, [row]);
    }
    if (below.length) this.edits.insert(table.end, ['', ...below]);
  }

  /**
   * New entries among the section's block entries (details blocks, paragraph entries, paper
   * headings, HTML table rows), in their shape; a named style where none can be learned.
   */
  private insertBlocks(
    path: string,
    index: number,
    blocks: Entry[],
    fresh: Item[],
    style: StyleName,
  ) {
    const newest = blocksNewestFirst(this.doc, blocks);
    const last = blocks[blocks.length - 1] as Entry;
    let write: (item: Item) => string[];
    if (last.shape.block === 'html-row') {
      const exemplar = newest ? (blocks[0] as Entry) : last;
      write = (item) => {
        const row = writeHtmlRow(exemplar.shape.skeleton ?? [], exemplar.shape.columns ?? [], item);
        if (row) return row;
        this.notice(path, 'its table rows have no link to fill', style);
        return this.fallback(item, style);
      };
    } else {
      const learned = this.learnedFor(index, path, newest);
      write = (item) =>
        (learned ? this.writeLearned(learned, item, undefined, '', true) : null) ??
        this.fallback(item, style);
    }
    for (const insert of planBlockInserts(this.doc, blocks, fresh, write))
      this.edits.insert(insert.at, insert.lines);
  }

  /** Start line of the first paper older than `item` (newest-first sections), if any. */
  private olderPaper(papers: { entry: Entry; order: number }[], item: Item): number | undefined {
    const order = paperOrder(item);
    if (Number.isNaN(order)) return undefined;
    return papers.find((paper) => paper.order < order)?.entry.start;
  }

  private newList(
    items: Item[],
    style: StyleName,
    checkbox: boolean,
    authorsEllipsis: boolean,
  ): string[] {
    const ordered = style === 'awesome' ? newestFirst(items) : items;
    const lines: string[] = [];
    ordered.forEach((item, i) => {
      const marker = style === 'numbered' ? `${i + 1}.` : documentBullet(this.doc);
      const rendered = renderItem(
        item,
        style,
        baseContext({
          marker,
          checkbox,
          sep: this.sep,
          authorsEllipsis,
          paperUrl: this.input.paperUrl ?? 'abs',
        }),
      );
      for (const line of rendered) lines.push(line);
    });
    return lines;
  }

  /** New topics: headings and TOC lines (new-topics.ts plans them, this applies them). */
  private createTopics(created: { path: string; items: Item[] }[], toc: TocUpdate): void {
    const checkbox = usesCheckbox(this.doc, -1);
    const render = (items: Item[], path: string) => {
      const parent = parentTopicPath(path);
      const style = this.newTopicStyle();
      const row = this.patterns.tableRowFor(parent);
      if (row) {
        // The siblings are tables: a new table with their header, a row per item.
        const table = this.tableAround(row.start);
        const tableLines = this.doc.lines.slice(table.start, table.end).map((line) => line.text);
        const rows = items.map((item, i) => writeRow(tableLines, item, false, i, true));
        if (rows.every((written) => written !== null))
          return [...tableLines.slice(0, 2), ...(rows as string[])];
      }
      const htmlRow = this.patterns.htmlRowFor(parent);
      if (htmlRow) {
        // The siblings are HTML tables: a new one with their header, a row per item.
        const table = newHtmlTable(this.doc.lines, htmlRow, items);
        if (table) return table;
      }
      if (this.patterns.newTopicUsesNamedStyle(parent))
        return this.newList(items, style, checkbox, false);
      const learned = this.patterns.forNewTopic(parent);
      if (!learned.pattern) {
        this.notice(path, learned.reason, style);
        return this.newList(items, style, checkbox, false);
      }
      const blocks = items.map(
        (item, n) =>
          this.writeLearned(learned, item, freshListMarker(this.doc, learned, n), '', true) ??
          this.fallback(item, style),
      );
      return blocks.flatMap((lines, i) => (learned.loose && i > 0 ? ['', ...lines] : lines));
    };
    const blocks = planNewTopics(this.doc, created, render);
    // All at once: a heading's anchor depends on every heading placed before it.
    const entries = toc.entriesFor(blocks);
    blocks.forEach((block, i) => {
      this.edits.insert(block.at, block.lines);
      // Sibling topics whose headings go to one place get their TOC lines together, so
      // they are written and numbered one after the other.
      const previous = blocks[i - 1];
      if (previous && previous.parent === block.parent && previous.at === block.at) return;
      const together: NewTocEntry[] = [];
      for (let j = i; blocks[j]?.parent === block.parent && blocks[j]?.at === block.at; j++)
        for (const entry of entries[j] ?? []) together.push(entry);
      toc.add(block.parent, together, block.at);
    });
  }

  /** The document's style for a new topic; `wiki` only where wiki entries are most entries. */
  private newTopicStyle(): StyleName {
    if (this.docStyle !== 'wiki') return this.docStyle;
    return this.patterns.entries.some((entry) => entry.readAs === 'wiki') ? 'wiki' : 'plain';
  }

  private touchFrontMatter(): void {
    const line = timeModifiedLine(this.doc.lines, this.doc.frontMatterEnd);
    if (line < 0) return;
    this.edits.rewrite(line, touchTimeModified(this.doc.lines[line]?.text ?? '', this.input.now));
  }
}

export function exportWithSource(input: SourceExport): string {
  return new SourceWriter(input).run();
}

/** The export and the notices of sections that fell back to a named style. */
export function exportWithNotices(input: SourceExport): { text: string; notices: ExportNotice[] } {
  const writer = new SourceWriter(input);
  const text = writer.run();
  return { text, notices: writer.notices };
}
