/**
 * A document's table of contents kept in step with its topics through one export: lines for
 * new topics (toc.ts for Markdown lists, toc-html-insert.ts for HTML), deleted topics' lines
 * taken out (toc-html-remove.ts for HTML), and the numbers of the lines around them
 * (toc-numbers.ts). The edits are gathered and applied at the end, so topics added and
 * deleted in one export see each other's lines: two new links join one line of links, and
 * a numbered TOC is numbered once, in its final order. Last, every link goes to the anchor its
 * heading has in the final order (toc-anchors-after.ts): a new heading before an old one of
 * the same name moves the old one's anchor on by one.
 */
import type { Doc } from './document';
import type { LineEdits } from './edits';
import { type NewTocEntry, type NewTopicHeading, tocInsertion, tocLineFor } from './toc';
import { anchorsAfter } from './toc-anchors-after';
import { headingAnchors, renderedText, safeDecode, type Slugger } from './toc-anchors';
import { readTocLine, tocWidth } from './toc-find';
import { findHtmlToc, HTML_LINK, type HtmlToc } from './toc-html';
import { htmlTocInsertion, linkNumber, renumberLink } from './toc-html-insert';
import { htmlTocRemoval } from './toc-html-remove';
import { keepNested } from './toc-nesting';
import { retargetLinks } from './toc-retarget';
import {
  type NumberSlot,
  readNumber,
  renumber,
  withNumber,
  type WrittenNumber,
} from './toc-numbers';

/** A line of the TOC as it will be written: an old one (`line`) or a new one (`at`, `k`). */
interface Placed {
  line?: number;
  at?: number;
  k?: number;
  text: string;
  removed: boolean;
  fresh: boolean;
}

/** A numbered thing on a placed line: the line itself, or one link of an HTML line. */
interface Numbered extends NumberSlot {
  placed: Placed;
  anchor: string;
  form: WrittenNumber | null;
}

const MARKER_NUMBER = /^(\s*(?:[-*+] +)*)\d{1,9}(?=[.)])/;
const LINK_TEXT = /^(\s*(?:[-*+] +)*(?:[-*+]|\d{1,9}[.)]) +\[)((?:[^\]\\]|\\.)*)(\])/;

export class TocUpdate {
  private html: HtmlToc | null | undefined;
  private readonly removedLines = new Set<number>();
  private readonly goneAnchors = new Set<string>();
  private readonly rewrites = new Map<number, string>();
  private readonly inserts = new Map<number, string[]>();
  /** HTML: the level of each new link, by anchor. */
  private readonly freshDepth = new Map<string, number>();
  /** Anchors as lines are written (old headings', new headings' stand-ins) → final ones. */
  private retargets: Map<string, string> | undefined;

  constructor(
    private readonly doc: Doc,
    private readonly edits: LineEdits,
    private readonly headingSlugs: string[],
    private readonly slugger: Slugger,
  ) {}

  private htmlToc(): HtmlToc | null {
    if (this.html === undefined) this.html = this.doc.toc ? null : (findHtmlToc(this.doc) ?? null);
    return this.html;
  }

  private readonly text = (line: number): string =>
    this.rewrites.get(line) ?? this.edits.textOf(line);

  /** A deleted topic's line (or link) leaves the TOC with its heading. */
  remove(path: string, heading: number): void {
    if (this.doc.toc) {
      const line = tocLineFor(this.doc, path);
      if (line) this.removedLines.add(line.line);
      return;
    }
    for (const link of this.htmlToc()?.links ?? [])
      if (link.heading === heading) this.goneAnchors.add(link.anchor);
  }

  private hasToc(): boolean {
    return this.doc.toc !== undefined || this.htmlToc() !== null;
  }

  /**
   * The TOC entries of every new topic's heading, told before any `add`: headings inserted
   * before line `at`, block after block. Each entry's anchor is a stand-in no heading has,
   * so its lines and links are told apart from the old ones until `finish` gives it the
   * anchor the heading has in the final order.
   */
  entriesFor(blocks: { at: number; toc: NewTopicHeading[] }[]): NewTocEntry[][] {
    if (!blocks.length) return [];
    const entries = blocks.map((block) =>
      block.toc.map((heading) => ({ ...heading, anchor: this.slugger.slug(heading.name) })),
    );
    if (!this.hasToc()) {
      this.retargets = new Map();
      return entries;
    }
    const added = blocks.map((block) => ({ at: block.at, names: block.toc.map((h) => h.name) }));
    const after = anchorsAfter(this.doc, (line) => this.edits.isRemoved(line), added);
    this.retargets = after.moved;
    entries.forEach((list, b) =>
      list.forEach((entry, k) => {
        const anchor = after.added[b]?.[k];
        if (anchor !== undefined && anchor !== entry.anchor)
          this.retargets?.set(entry.anchor, anchor);
      }),
    );
    return entries;
  }

  /** Lines for topics added under `parent`, whose headings go before line `before`. */
  add(parent: string, added: NewTocEntry[], before: number): void {
    const { doc, headingSlugs } = this;
    if (doc.toc) {
      const insert = tocInsertion(doc, headingSlugs, parent, added, before);
      if (insert) this.insertLines(insert.at, insert.lines);
      return;
    }
    const html = this.htmlToc();
    const edits = html ? htmlTocInsertion(doc, html, parent, added, before, this.text) : null;
    if (!edits) return;
    for (const insert of edits.inserts) this.insertLines(insert.at, insert.lines);
    for (const rewrite of edits.rewrites) this.rewrites.set(rewrite.line, rewrite.text);
    for (const link of edits.fresh) this.freshDepth.set(link.anchor, link.depth);
  }

  private insertLines(at: number, lines: string[]): void {
    const list = this.inserts.get(at) ?? [];
    for (const line of lines) list.push(line);
    this.inserts.set(at, list);
  }

  /** Numbers the TOC in its final order and hands every edit to the document's edits. */
  finish(): void {
    const { doc } = this;
    const touched = this.inserts.size || this.rewrites.size || this.removedLines.size;
    if (touched || this.goneAnchors.size) {
      const html = this.htmlToc();
      if (html) {
        const added = new Set(this.inserts.keys());
        const removal = htmlTocRemoval(doc, html, this.goneAnchors, this.text, added);
        for (const [line, text] of removal.rewrites) this.rewrites.set(line, text);
        for (const line of removal.lines) this.removedLines.add(line);
        this.renumberHtml(html, removal.cut);
      } else this.renumberMarkdown();
    }
    this.retarget();
    for (const line of this.removedLines) this.edits.remove(line, line + 1);
    for (const [line, text] of this.rewrites)
      if (!this.removedLines.has(line)) this.edits.rewrite(line, text);
    // First at their line: a new topic's heading inserted where the TOC ends comes after it.
    for (const [at, lines] of this.inserts) this.edits.insert(at, lines, true);
  }

  /** Sends every link of the TOC, old lines and new, to its heading's final anchor. */
  private retarget(): void {
    const { doc, edits } = this;
    // Without new headings, anchors move only when a heading (a topic's or a paper's) goes.
    this.retargets ??= anchorsAfter(doc, (line) => edits.isRemoved(line), []).moved;
    const anchors = this.retargets;
    if (!anchors.size) return;
    const range = doc.toc ?? this.htmlToc();
    if (!range) return;
    for (let line = range.start; line < range.end; line++) {
      if (this.removedLines.has(line)) continue;
      const text = this.text(line);
      const sent = retargetLinks(text, anchors);
      if (sent !== text) this.rewrites.set(line, sent);
    }
    for (const lines of this.inserts.values())
      lines.forEach((text, k) => (lines[k] = retargetLinks(text, anchors)));
  }

  /** The TOC's lines, old and new, in the order they will be written. */
  private placed(start: number, end: number): Placed[] {
    const out: Placed[] = [];
    for (let line = start; line <= end; line++) {
      (this.inserts.get(line) ?? []).forEach((text, k) =>
        out.push({ at: line, k, text, removed: false, fresh: true }),
      );
      if (line < end)
        out.push({
          line,
          text: this.text(line),
          removed: this.removedLines.has(line),
          fresh: false,
        });
    }
    return out;
  }

  private setText(placed: Placed, text: string): void {
    placed.text = text;
    if (placed.line !== undefined) this.rewrites.set(placed.line, text);
    else {
      const list = this.inserts.get(placed.at ?? -1);
      if (list) list[placed.k ?? 0] = text;
    }
  }

  /** Whether the heading of index `heading` starts with the number `parts` too. */
  private inHeading(heading: number | undefined, parts: number[] | null): boolean {
    if (heading === undefined || !parts) return false;
    const text = renderedText(this.doc.headings[heading]?.text ?? '').trim();
    return new RegExp(`^${parts.join('\\.')}(?!\\d)`).test(text);
  }

  private renumberMarkdown(): void {
    const { doc } = this;
    if (!doc.toc) return;
    const anchors = headingAnchors(doc);
    const markers: Numbered[] = [];
    const texts: Numbered[] = [];
    const lines = this.placed(doc.toc.start, doc.toc.end);
    const was = lines.map((placed) => (placed.fresh ? undefined : placed.text));
    for (const placed of lines) {
      const shape = readTocLine(placed.text);
      if (!shape) continue;
      const heading = placed.fresh ? undefined : anchors.get(shape.anchor.toLowerCase());
      const level = tocWidth(shape);
      const base = { placed, anchor: shape.anchor, level, fresh: placed.fresh };
      const removed = placed.removed;
      // A marker's number is written in the marker's own way: the form is not needed.
      const marker = shape.number === undefined ? null : [shape.number];
      const markerForm = marker && { parts: marker, dot: '', gap: '' };
      markers.push({ ...base, removed, parts: marker, fixed: false, form: markerForm });
      const form = shape.text === null ? null : readNumber(shape.text);
      const parts = form?.parts ?? null;
      texts.push({ ...base, removed, parts, fixed: this.inHeading(heading, parts), form });
    }
    this.apply(markers, (placed, _slot, parts) =>
      placed.text.replace(MARKER_NUMBER, (_, lead: string) => `${lead}${parts[0] ?? 1}`),
    );
    this.apply(texts, (placed, _slot, parts, form) =>
      placed.text.replace(
        LINK_TEXT,
        (_, open: string, text: string, close: string) =>
          `${open}${withNumber(text, parts, form)}${close}`,
      ),
    );
    // `9.` → `10.`: children indented to fit the narrower marker move right with it.
    const nesting = lines.map((placed, i) => ({ ...placed, was: was[i] }));
    for (const [index, text] of keepNested(nesting)) this.setText(lines[index] as Placed, text);
  }

  private renumberHtml(html: HtmlToc, cut: Set<string>): void {
    const slots: Numbered[] = [];
    const levels = new Map(html.links.map((link) => [`${link.line}#${link.anchor}`, link]));
    const add = (placed: Placed, anchor: string, text: string, removed: boolean) => {
      const known = placed.line === undefined ? undefined : levels.get(`${placed.line}#${anchor}`);
      const form = linkNumber(text, anchor);
      const parts = form?.parts ?? null;
      const heading = known && known.heading >= 0 ? known.heading : undefined;
      slots.push({
        placed,
        anchor,
        level: known?.depth ?? this.freshDepth.get(anchor) ?? 0,
        parts,
        form,
        fresh: placed.fresh || !known,
        removed,
        fixed: this.inHeading(heading, parts),
      });
    };
    for (const placed of this.placed(html.start, html.end)) {
      const current = [...placed.text.matchAll(HTML_LINK)].map((m) => safeDecode(m[2] ?? ''));
      if (placed.line === undefined) {
        for (const anchor of current) add(placed, anchor, placed.text, false);
        continue;
      }
      // The line's own links in their order (cut ones too: they held a place in the old
      // numbering), each followed by the new links written after it.
      const original = this.doc.lines[placed.line]?.text ?? '';
      const own = [...original.matchAll(HTML_LINK)].map((m) => safeDecode(m[2] ?? ''));
      const after = new Map<string, string[]>();
      let previous = '';
      for (const anchor of current) {
        if (own.includes(anchor)) previous = anchor;
        else if (this.freshDepth.has(anchor))
          after.set(previous, [...(after.get(previous) ?? []), anchor]);
      }
      for (const anchor of after.get('') ?? []) add(placed, anchor, placed.text, false);
      for (const anchor of own) {
        const gone = placed.removed || cut.has(`${placed.line}#${anchor}`);
        add(placed, anchor, gone ? original : placed.text, gone);
        for (const fresh of after.get(anchor) ?? []) add(placed, fresh, placed.text, false);
      }
    }
    this.apply(slots, (placed, slot, parts, form) =>
      renumberLink(placed.text, slot.anchor, parts, form),
    );
  }

  /** Writes the numbers that change into their lines; `write` puts one into a line's text. */
  private apply(
    slots: Numbered[],
    write: (placed: Placed, slot: Numbered, parts: number[], form: WrittenNumber) => string,
  ): void {
    for (const [index, parts] of renumber(slots)) {
      const slot = slots[index] as Numbered;
      if (slot.removed) continue;
      const form = slot.form ?? formNear(slots, index);
      if (form) this.setText(slot.placed, write(slot.placed, slot, parts, form));
    }
  }
}

/** How the nearest numbered line at the same level writes its number. */
function formNear(slots: Numbered[], index: number): WrittenNumber | null {
  const level = slots[index]?.level;
  for (let distance = 1; distance < slots.length; distance++)
    for (const at of [index - distance, index + distance]) {
      const slot = slots[at];
      if (slot && slot.level === level && slot.form) return slot.form;
    }
  return null;
}
