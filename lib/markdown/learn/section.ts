/**
 * Which neighbours a section's new entry learns from (FORMATS.md §6): the section's own
 * entries, else its sibling sections', else the document's; only entries count, never the
 * prose, tables of contents or headings around them. A section whose entries the named
 * styles already write as they are keeps its named style (the five seed formats).
 */
import { TOPIC_SEPARATOR } from '../../types';
import type { Doc, Entry } from '../document';
import { entryContext } from '../context';
import { renderItem } from '../styles/index';
import { DEFAULT_SEPARATOR } from '../styles/awesome';
import type { RenderItem } from '../styles/types';
import type { Pattern } from './pattern';
import { learnPatternMemo } from './pattern-memo';

export type PatternSource = 'section' | 'siblings' | 'document';

export type SectionPattern =
  { pattern: Pattern; from: PatternSource; loose: boolean } | { pattern: null; reason: string };

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
    const own = this.entriesOf(sectionIndex);
    if (own.length) return namedStyleFits(this.doc, own);
    return namedStyleFits(this.doc, this.entries);
  }

  /** Whether a new topic under `parent` is written in a named style (its siblings' way). */
  newTopicUsesNamedStyle(parent: string): boolean {
    const siblings = this.siblingsOf(parent, '');
    return namedStyleFits(this.doc, siblings.length ? siblings : this.entries);
  }

  private siblingsOf(parent: string, except: string): Entry[] {
    return this.entries.filter(
      (entry) => entry.topic !== except && entry.topic !== '' && parentOf(entry.topic) === parent,
    );
  }

  private learn(key: string, entries: Entry[], from: PatternSource, newest: boolean) {
    const cached = this.cache.get(key);
    if (cached) return cached;
    // The neighbours nearest to where new entries go: the top of a newest-first section.
    const line = (newest ? entries[0] : entries[entries.length - 1])?.start ?? 0;
    const chosen = nearest(entries, line, MAX_NEIGHBOURS);
    const poolEntries = nearest(this.entries, line, MAX_NEIGHBOURS);
    const pool = [...new Set([...chosen, ...poolEntries])]
      .slice(0, MAX_NEIGHBOURS)
      .map((entry) => entryLines(this.doc, entry).join('\n'));
    const result = learnPatternMemo(
      chosen.map((entry) => entryLines(this.doc, entry)),
      pool,
      newest,
    );
    // Block entries (paragraphs, details, paper headings) stand apart, as loose items do.
    // So do items that each make a list of their own with a blank line after (an HTML item,
    // whose flush-left `</p>` would swallow a next item written right under it).
    const loose = chosen.filter(
      (entry) =>
        this.doc.lists[entry.list]?.loose ||
        (entry.shape.block !== undefined && entry.shape.block !== 'html-row') ||
        (this.listSizes().get(entry.list) === 1 &&
          (this.doc.lines[entry.end]?.text ?? '').trim() === ''),
    ).length;
    const html = result.pattern?.exemplar.html === true;
    const out: SectionPattern = result.pattern
      ? { pattern: result.pattern, from, loose: html || loose * 2 > chosen.length }
      : { pattern: null, reason: result.reason };
    this.cache.set(key, out);
    return out;
  }

  /** The pattern for a section (by index), learned from the nearest neighbours it has. */
  forSection(sectionIndex: number, newestFirst = false): SectionPattern {
    const own = this.entriesOf(sectionIndex);
    if (own.length) return this.learn(`s${sectionIndex}`, own, 'section', newestFirst);
    const path = this.doc.sections[sectionIndex]?.path ?? '';
    return this.forNewTopic(path === '' ? '' : parentOf(path), path);
  }

  /**
   * The table row a new topic's table is modelled on, when its siblings' (else the
   * document's) entries are mostly table rows.
   */
  tableRowFor(parent: string): Entry | null {
    const siblings = this.siblingsOf(parent, '');
    const pool = siblings.length ? siblings : this.entries;
    const rows = pool.filter((entry) => entry.shape.row);
    return rows.length * 2 > pool.length ? (rows[rows.length - 1] ?? null) : null;
  }

  /** Like tableRowFor, for HTML tables (`<tr>` rows). */
  htmlRowFor(parent: string): Entry | null {
    const siblings = this.siblingsOf(parent, '');
    const pool = siblings.length ? siblings : this.entries;
    const rows = pool.filter((entry) => entry.shape.block === 'html-row');
    return rows.length * 2 > pool.length ? (rows[rows.length - 1] ?? null) : null;
  }

  /** The pattern for a new topic under `parent`: its siblings', else the document's. */
  forNewTopic(parent: string, except = ''): SectionPattern {
    const siblings = this.siblingsOf(parent, except);
    if (siblings.length) {
      const found = this.learn(`p${parent}`, siblings, 'siblings', false);
      if (found.pattern) return found;
    }
    if (!this.entries.length) return { pattern: null, reason: 'the list has no entries yet' };
    return this.learn('doc', this.entries, 'document', false);
  }
}
