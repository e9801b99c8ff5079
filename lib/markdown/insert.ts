/**
 * Export of a list that was imported from a file (FORMATS.md §2): the file's own bytes,
 * changed only where the collection differs from it. New items go into their topic's
 * section in its style; new topics get a heading at the end of their parent (and a TOC
 * line); deleted or moved entries lose their lines; edited ones are written again.
 */
import type { Item, StyleName } from '../types';
import {
  baseContext,
  documentSeparator,
  entryContext,
  usesCheckbox,
  usesEllipsis,
} from './context';
import { documentStyle, sectionStyles } from './detect';
import type { Doc, Entry, Section } from './document';
import { LineEdits } from './edits';
import { timeModifiedLine, touchTimeModified } from './frontmatter';
import { isBlank } from './lines';
import { planNewTopics } from './new-topics';
import { isNewestFirst, newestFirst, paperOrder } from './order';
import { parseDocument } from './parse';
import { applyRenames, removeDeletedHeadings } from './rename';
import { renderItem } from './styles/index';
import type { RenderItem } from './styles/types';
import { Slugger, tocInsertion } from './toc';

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
  private readonly slugger = new Slugger();
  private readonly headingSlugs: string[] = [];
  private readonly styles: StyleName[];
  private readonly ellipsis = new Map<number, boolean>();
  private readonly itemBounds: { starts: Set<number>; ends: Set<number> };

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
    for (const heading of this.doc.headings) {
      this.headingSlugs.push(this.slugger.slug(heading.text));
    }
    this.styles = sectionStyles(this.doc, this.docStyle);
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
    for (const topic of this.input.topics) {
      const items = wanted.get(topic.path) ?? new Map<string, Item>();
      for (const item of topic.items) if (!items.has(item.key)) items.set(item.key, item);
      wanted.set(topic.path, items);
    }
    const present = this.updateEntries(wanted);
    removeDeletedHeadings(this.doc, this.edits, new Set(wanted.keys()));
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
    this.createTopics(created);
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
    const tocList = this.doc.toc?.list;
    const spans = this.doc.items.filter(
      (item) => item.sectionIndex === sectionIndex && item.list !== tocList,
    );
    const entries = this.doc.entries.filter((entry) => entry.sectionIndex === sectionIndex);
    return [...spans, ...entries].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private insertIntoSection(path: string, fresh: Item[]): void {
    const { section, index } = this.sectionFor(path);
    const style = this.sectionStyle(index);
    const spans = this.itemsIn(index);
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
      const lines = this.newList(fresh, style, checkbox, authorsEllipsis);
      const afterProse = at > section.start || (last !== undefined && last.list < 0);
      this.edits.insert(at, afterProse ? ['', ...lines] : lines);
      return;
    }
    const list = this.doc.lists[last.list];
    if (!list) return;
    const listSpans = this.doc.items.filter((item) => item.list === last.list);
    let gaps = 0;
    for (let i = 1; i < listSpans.length; i++) {
      if ((listSpans[i]?.start ?? 0) > (listSpans[i - 1]?.end ?? 0)) gaps++;
    }
    const loose = gaps * 2 > listSpans.length - 1 && listSpans.length > 1;
    const sectionPapers = this.doc.entries
      .filter((entry) => entry.sectionIndex === index && !entry.nested)
      .map((entry) => ({ entry, order: paperOrder(entry.capture) }));
    const newest = isNewestFirst(sectionPapers.map((paper) => paper.order));
    let number = list.lastNumber;
    const atEnd: string[] = [];
    for (const item of newest ? newestFirst(fresh) : fresh) {
      const marker = list.ordered ? `${++number}${list.bullet}` : list.bullet;
      const context = baseContext({
        indent: list.indent,
        marker,
        checkbox,
        sep: this.sep,
        authorsEllipsis,
        paperUrl: this.input.paperUrl ?? 'abs',
      });
      // A numbered list only takes numbered entries, whatever the section's majority says.
      const lines = renderItem(item, list.ordered ? 'numbered' : style, context, list.quote);
      const older = newest ? this.olderPaper(sectionPapers, item) : undefined;
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
      const marker = style === 'numbered' ? `${i + 1}.` : '-';
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
  private createTopics(created: { path: string; items: Item[] }[]): void {
    const checkbox = usesCheckbox(this.doc, -1);
    const render = (items: Item[]) => this.newList(items, this.docStyle, checkbox, false);
    for (const block of planNewTopics(this.doc, created, render)) {
      this.edits.insert(block.at, block.lines);
      const toc = tocInsertion(this.doc, this.headingSlugs, this.slugger, block.parent, block.toc);
      if (toc) this.edits.insert(toc.at, toc.lines);
    }
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
