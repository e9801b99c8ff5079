/**
 * Which neighbours a section's new entry learns from (FORMATS.md §6): the section's own
 * entries, else its sibling sections', else the document's; only entries count, never the
 * prose, tables of contents or headings around them. A section whose entries the named
 * styles already write as they are keeps its named style (the five seed formats).
 */
import { TOPIC_SEPARATOR } from '../../types';
import type { Doc, Entry } from '../document';
import { learnPattern, type Pattern } from './pattern';

export type PatternSource = 'section' | 'siblings' | 'document';

export type SectionPattern =
  { pattern: Pattern; from: PatternSource } | { pattern: null; reason: string };

/** At most this many neighbours are learned (the nearest ones): enough to see the shape. */
const MAX_NEIGHBOURS = 60;

/** An entry's lines without the block-quote prefix it sits in. */
export function entryLines(doc: Doc, entry: Pick<Entry, 'start' | 'end' | 'shape'>): string[] {
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
function namedStyleWrites(entry: Entry): boolean {
  if (entry.readAs === 'awesome' || entry.readAs === 'obsidian' || entry.readAs === 'wiki')
    return true;
  const shape = entry.shape;
  return shape.prefix === undefined && shape.suffix === undefined;
}

/** Whether most of the section's entries are written by a named style as they are. */
export function namedStyleFits(entries: Entry[]): boolean {
  const own = entries.filter((entry) => !entry.nested);
  const pool = own.length ? own : entries;
  if (!pool.length) return true;
  const fits = pool.filter(namedStyleWrites).length;
  return fits * 2 > pool.length;
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

  constructor(private readonly doc: Doc) {
    for (const entry of doc.entries) {
      const list = this.bySection.get(entry.sectionIndex) ?? [];
      list.push(entry);
      this.bySection.set(entry.sectionIndex, list);
    }
  }

  entriesOf(sectionIndex: number): Entry[] {
    return this.bySection.get(sectionIndex) ?? [];
  }

  /** Whether new entries of the section are written by the section's named style. */
  usesNamedStyle(sectionIndex: number): boolean {
    const own = this.entriesOf(sectionIndex);
    if (own.length) return namedStyleFits(own);
    return namedStyleFits(this.doc.entries);
  }

  private learn(key: string, entries: Entry[], from: PatternSource, newest: boolean) {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const line = entries[entries.length - 1]?.start ?? 0;
    const chosen = nearest(entries, line, MAX_NEIGHBOURS);
    const poolEntries = nearest(this.doc.entries, line, MAX_NEIGHBOURS);
    const pool = [...chosen, ...poolEntries]
      .slice(0, MAX_NEIGHBOURS)
      .map((entry) => entryLines(this.doc, entry).join('\n'));
    const result = learnPattern(
      chosen.map((entry) => entryLines(this.doc, entry)),
      pool,
      newest,
    );
    const out: SectionPattern = result.pattern
      ? { pattern: result.pattern, from }
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

  /** The pattern for a new topic under `parent`: its siblings', else the document's. */
  forNewTopic(parent: string, except = ''): SectionPattern {
    const siblings = this.doc.entries.filter(
      (entry) => entry.topic !== except && entry.topic !== '' && parentOf(entry.topic) === parent,
    );
    if (siblings.length) {
      const found = this.learn(`p${parent}`, siblings, 'siblings', false);
      if (found.pattern) return found;
    }
    if (!this.doc.entries.length) return { pattern: null, reason: 'the list has no entries yet' };
    return this.learn('doc', this.doc.entries, 'document', false);
  }
}
