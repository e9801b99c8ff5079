/**
 * Which neighbours a section's new entry learns from (FORMATS.md §6): the section's own
 * entries, else its sibling sections', else its parent's own, else the document's; only
 * entries count, never the prose, tables of contents or headings around them. A section
 * whose entries the named styles already write as they are keeps its named style (the five
 * seed formats).
 */
import { isByline } from './byline';
import { TOPIC_SEPARATOR } from '../../types';
import type { Doc, Entry } from '../document';
import { entryContext } from '../context';
import { renderItem } from '../styles/index';
import { DEFAULT_SEPARATOR } from '../styles/awesome';
import type { RenderItem } from '../styles/types';
import type { Pattern } from './pattern';
import { learnPatternMemo } from './pattern-memo';
import { recentFirst } from './recency';
import { nestedLoose } from './spacing';

export type PatternSource = 'section' | 'siblings' | 'parent' | 'document';

export type SectionPattern =
  { pattern: Pattern; from: PatternSource; loose: boolean } | { pattern: null; reason: string };

/** Entries a new topic may learn from, and how near they are (SectionPatterns.kinOf). */
interface Kin {
  from: PatternSource;
  entries: Entry[];
}

/** At most this many neighbours are learned (the nearest ones): enough to see the shape. */
const MAX_NEIGHBOURS = 60;

/** An entry's lines without the block-quote prefix it sits in. */
export function entryLines(doc: Doc, entry: Pick<Entry, 'start' | 'end' | 'shape'>): string[] {
  // A block entry's own words (a details block's prose) are not part of its shape.
  if (entry.shape.skeleton) return entry.shape.skeleton;
  const lines: string[] = [];
  const quote = entry.shape.quote;
  for (let i = entry.start; i < entry.end; i++) {
    const text = doc.lines[i]?.text ?? '';
    lines.push(quote && text.startsWith(quote.trimEnd()) ? text.slice(quote.length) : text);
  }
  return lines;
}

/**
 * Whether a named style writes this entry as it is: awesome, obsidian and wiki entries,
 * and plain or numbered links with nothing around them that no field holds.
 */
function namedStyleWrites(doc: Doc, entry: Entry): boolean {
  // `[Title](url) - Tom B. Brown et al. NeurIPS 2020` reads as a link with a note, but the
  // note is a byline: the list's own paper shape, which new works fill with theirs.
  if (isByline(entry.note ?? entry.capture.description)) return false;
  if (entry.readAs === 'awesome' || entry.readAs === 'obsidian' || entry.readAs === 'wiki')
    return true;
  const shape = entry.shape;
  if (shape.prefix !== undefined || shape.suffix !== undefined || shape.row || shape.block)
    return false;
  // `- [**Title**](url) - A. Author et al., ICLR 2024` reads as a plain link with a note,
  // but plain would not write it so: only an entry the style writes back as is counts.
  const style = entry.readAs === 'numbered' ? 'numbered' : 'plain';
  const item: RenderItem = { ...entry.capture };
  if (entry.note !== undefined) item.note = entry.note;
  if (entry.status !== undefined) item.status = entry.status;
  const written = renderItem(item, style, entryContext(entry, DEFAULT_SEPARATOR, false));
  return written[0] === entryLines(doc, entry)[0];
}

/** Whether most of the section's entries are written by a named style as they are. */
export function namedStyleFits(doc: Doc, entries: Entry[]): boolean {
  const own = entries.filter((entry) => !entry.nested);
  const pool = own.length ? own : entries;
  if (!pool.length) return true;
  const fits = pool.filter((entry) => namedStyleWrites(doc, entry)).length;
  return fits * 2 > pool.length;
}

/**
 * Whether a linkless line names a work (`- "Title" - words`, `- Name - words`, `- Name`)
 * rather than being a sentence of prose (`- Prefetching aims to reduce … earlier.`).
 */
function namesAWork(doc: Doc, entry: Entry): boolean {
  const text = (doc.lines[entry.start]?.text ?? '').trim();
  if (/^[-*+]\s+"/.test(text) || text.includes(' - ')) return true;
  return text.length <= 100 && !/[.:;,]$/.test(text);
}

function parentOf(path: string): string {
  return path.split(TOPIC_SEPARATOR).slice(0, -1).join(TOPIC_SEPARATOR);
}

function nearest<T extends { start: number }>(items: T[], line: number, count: number): T[] {
  return [...items]
    .sort((a, b) => Math.abs(a.start - line) - Math.abs(b.start - line))
    .slice(0, count)
    .sort((a, b) => a.start - b.start);
}

export class SectionPatterns {
  private readonly bySection = new Map<number, Entry[]>();
  private readonly cache = new Map<string, SectionPattern>();
  private readonly kin = new Map<string, Kin[]>();
  private readonly namedStyle = new Map<number, boolean>();

  /** The entries new ones learn from (see the constructor). */
  readonly entries: Entry[];

  constructor(private readonly doc: Doc) {
    // Linkless `- Name - words` lines are wiki entries only in a wiki list; elsewhere they
    // are the author's prose bullets, and a new entry must not learn to drop its link.
    const wikis = doc.entries.filter(
      (entry) => entry.readAs === 'wiki' && namesAWork(doc, entry),
    ).length;
    this.entries =
      wikis * 2 >= doc.entries.length
        ? doc.entries
        : doc.entries.filter((entry) => entry.readAs !== 'wiki');
    for (const entry of this.entries) {
      const list = this.bySection.get(entry.sectionIndex) ?? [];
      list.push(entry);
      this.bySection.set(entry.sectionIndex, list);
    }
  }

  private sizes: Map<number, number> | null = null;

  /** Items per list. */
  private listSizes(): Map<number, number> {
    if (!this.sizes) {
      this.sizes = new Map();
      for (const item of this.doc.items)
        this.sizes.set(item.list, (this.sizes.get(item.list) ?? 0) + 1);
    }
    return this.sizes;
  }

  entriesOf(sectionIndex: number): Entry[] {
    return this.bySection.get(sectionIndex) ?? [];
  }

  /** Whether new entries of the section are written by the section's named style. */
  usesNamedStyle(sectionIndex: number): boolean {
    // Asked for each entry written and each notice: judged once per section (it reads every
    // entry's words, and the document does not change while an export writes into it).
    let fits = this.namedStyle.get(sectionIndex);
    if (fits === undefined) {
      const own = this.entriesOf(sectionIndex);
      fits = namedStyleFits(this.doc, own.length ? own : this.entries);
      this.namedStyle.set(sectionIndex, fits);
    }
    return fits;
  }

  /** Whether a new topic under `parent` is written in a named style (its kin's way). */
  newTopicUsesNamedStyle(parent: string): boolean {
    return namedStyleFits(this.doc, this.kinOf(parent, '')[0]?.entries ?? []);
  }

  private siblingsOf(parent: string, except: string): Entry[] {
    return this.entries.filter(
      (entry) => entry.topic !== except && entry.topic !== '' && parentOf(entry.topic) === parent,
    );
  }

  /**
   * The entries a new topic under `parent` may learn from, tier by tier (issue 11 point 2):
   * its sibling sections', its parent's own (not the preamble's: badges and intro links),
   * the document's. In each, the sections nearest the parent's end come first and each
   * section's most recent entries first, so the exemplar is a recent entry of a near kin.
   */
  private kinOf(parent: string, except: string): Kin[] {
    const key = `${parent}\u0000${except}`;
    const known = this.kin.get(key);
    if (known) return known;
    const tiers: Kin[] = [
      { from: 'siblings', entries: this.siblingsOf(parent, except) },
      {
        from: 'parent',
        entries: parent === '' ? [] : this.entries.filter((entry) => entry.topic === parent),
      },
      { from: 'document', entries: this.entries },
    ];
    const kin = tiers
      .filter((tier) => tier.entries.length)
      .map((tier) => ({ from: tier.from, entries: this.preferred(tier.entries, parent) }));
    this.kin.set(key, kin);
    return kin;
  }

  /** Up to MAX_NEIGHBOURS of `entries`: sections nearest the parent's end first, recent first. */
  private preferred(entries: Entry[], parent: string): Entry[] {
    const sections = this.doc.sections.filter((section) => section.path === parent);
    const end = sections[sections.length - 1]?.treeEnd ?? this.doc.lines.length;
    const bySection = new Map<number, Entry[]>();
    for (const entry of entries) {
      const list = bySection.get(entry.sectionIndex) ?? [];
      list.push(entry);
      bySection.set(entry.sectionIndex, list);
    }
    const distance = (index: number) => {
      const section = this.doc.sections[index];
      if (!section) return Infinity;
      if (section.end <= end) return end - section.end;
      return Math.max(0, section.start - end);
    };
    const near = [...bySection.keys()].sort((a, b) => distance(a) - distance(b));
    const chosen: Entry[] = [];
    for (const list of near.map((index) => bySection.get(index) ?? [])) {
      for (const entry of recentFirst(this.doc, list, (e) => this.partsOf(e)))
        if (chosen.length < MAX_NEIGHBOURS) chosen.push(entry);
      if (chosen.length >= MAX_NEIGHBOURS) break;
    }
    return chosen;
  }

  /** An entry's text as its order is read: a table row by its cells. */
  private partsOf(entry: Entry): string[] {
    return entry.shape.row
      ? (this.doc.lines[entry.start]?.text ?? '').split('|')
      : entryLines(this.doc, entry);
  }

  /**
   * Learns from `chosen` (at most MAX_NEIGHBOURS); `firstPreferred`: the exemplar is taken
   * from the top (a newest-first section, or kin already in the order they are preferred).
   */
  private learn(key: string, chosen: Entry[], from: PatternSource, firstPreferred: boolean) {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const line = (firstPreferred ? chosen[0] : chosen[chosen.length - 1])?.start ?? 0;
    const poolEntries = nearest(this.entries, line, MAX_NEIGHBOURS);
    const pool = [...new Set([...chosen, ...poolEntries])]
      .slice(0, MAX_NEIGHBOURS)
      .map((entry) => entryLines(this.doc, entry).join('\n'));
    const result = learnPatternMemo(
      chosen.map((entry) => entryLines(this.doc, entry)),
      pool,
      firstPreferred,
    );
    // Block entries (paragraphs, details, paper headings) stand apart, as loose items do.
    // So do items that each make a list of their own with a blank line after (an HTML item,
    // whose flush-left `</p>` would swallow a next item written right under it); a section's
    // only item is a list of its own whatever its spacing, and says nothing of it.
    const loose = chosen.filter(
      (entry) =>
        this.doc.lists[entry.list]?.loose ||
        (entry.shape.block !== undefined && entry.shape.block !== 'html-row') ||
        (this.listSizes().get(entry.list) === 1 &&
          this.entriesOf(entry.sectionIndex).length > 1 &&
          (this.doc.lines[entry.end]?.text ?? '').trim() === ''),
    ).length;
    const html = result.pattern?.exemplar.html === true;
    // A nested exemplar (`    + [Title](…)`) is spaced as its nested neighbours are.
    const nested = /^\s/.test(result.pattern?.exemplar.leads[0] ?? '')
      ? nestedLoose(this.doc, chosen)
      : null;
    const out: SectionPattern = result.pattern
      ? { pattern: result.pattern, from, loose: html || (nested ?? loose * 2 > chosen.length) }
      : { pattern: null, reason: result.reason };
    this.cache.set(key, out);
    return out;
  }

  /** The pattern for a section (by index), learned from the nearest neighbours it has. */
  forSection(sectionIndex: number, newestFirst = false): SectionPattern {
    const own = this.entriesOf(sectionIndex);
    if (own.length) {
      // The neighbours nearest to where new entries go: the top of a newest-first section.
      const line = (newestFirst ? own[0] : own[own.length - 1])?.start ?? 0;
      const chosen = nearest(own, line, MAX_NEIGHBOURS);
      return this.learn(`s${sectionIndex}`, chosen, 'section', newestFirst);
    }
    const path = this.doc.sections[sectionIndex]?.path ?? '';
    return this.forNewTopic(path === '' ? '' : parentOf(path), path);
  }

  /**
   * The table row a new topic's table is modelled on (the most recent of its nearest kin),
   * when its kin's entries are mostly table rows.
   */
  tableRowFor(parent: string): Entry | null {
    return this.kinRow(parent, (entry) => entry.shape.row === true);
  }

  /** Like tableRowFor, for HTML tables (`<tr>` rows). */
  htmlRowFor(parent: string): Entry | null {
    return this.kinRow(parent, (entry) => entry.shape.block === 'html-row');
  }

  private kinRow(parent: string, isRow: (entry: Entry) => boolean): Entry | null {
    const kin = this.kinOf(parent, '')[0]?.entries ?? [];
    const rows = kin.filter(isRow);
    return rows.length * 2 > kin.length ? (rows[0] ?? null) : null;
  }

  /**
   * The pattern for a new topic under `parent`: its siblings', else its parent's, else the
   * document's (kinOf), the first of them that has a shape to learn.
   */
  forNewTopic(parent: string, except = ''): SectionPattern {
    let found: SectionPattern = { pattern: null, reason: 'the list has no entries yet' };
    for (const { from, entries } of this.kinOf(parent, except)) {
      found = this.learn(`${from}:${parent}`, entries, from, true);
      if (found.pattern) return found;
    }
    return found;
  }
}
