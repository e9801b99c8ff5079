/**
 * Topic paths and sections from the headings (FORMATS.md "Topics are headings"), kept as a
 * topic index per heading: an import asks only which topic holds a line. The Heading and
 * Section objects export works with are made on its first ask (`doc.headings`).
 */
import { escapeTopicName, normalizeTopicPath } from '../topic-path';
import { TOPIC_SEPARATOR } from '../types';
import type { Heading, Section } from './document';
import type { HeadingTable } from './heading-table';
import type { HeadingTexts } from './heading-text';
import { StringIndex } from './string-index';

export class Outline {
  /** paths[i]: heading i's topic, an index into `topics`; -1 for none (the title, a blank name). */
  private readonly paths: Int32Array;
  /** Every topic path in document order (first occurrence). */
  readonly topics: string[];
  /** The heading that names the list (its one `#` heading, first of all), or -1. */
  readonly title: number;

  constructor(
    private readonly headings: HeadingTable,
    private readonly texts: HeadingTexts,
    /** The first line after the front matter, and the document's line count. */
    private readonly start: number,
    private readonly lineCount: number,
  ) {
    let h1 = 0;
    for (let i = 0; i < headings.count; i++) if (headings.level(i) === 1) h1++;
    this.title = h1 === 1 && headings.level(0) === 1 ? 0 : -1;
    this.paths = new Int32Array(headings.count);
    const stack: { level: number; text: string }[] = [];
    const topics = new StringIndex();
    for (let i = 0; i < headings.count; i++) {
      this.paths[i] = -1;
      if (i === this.title) continue;
      const level = headings.level(i);
      while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      // The name without its markup, one path part even when it holds ` / ` (topic-path.ts).
      stack.push({ level, text: escapeTopicName(this.name(i)) });
      // Spelled as the collection spells paths, so topics match whoever created them.
      const path = normalizeTopicPath(stack.map((part) => part.text).join(TOPIC_SEPARATOR));
      if (path) this.paths[i] = topics.indexOf(path);
    }
    this.topics = topics.values;
  }

  /** Heading i's topic name (heading-text.ts). */
  name(i: number): string {
    return this.texts.name(this.headings.firstLine(i), this.headings.line(i));
  }

  /** Sections: 0 is the preamble, i + 1 the one under heading i. */
  get sectionCount(): number {
    return this.headings.count + 1;
  }

  /** First line of section s (the line after its heading). */
  sectionStart(s: number): number {
    return s === 0 ? this.start : this.headings.line(s - 1) + 1;
  }

  sectionPath(s: number): string {
    return s === 0 ? '' : (this.topics[this.paths[s - 1] ?? -1] ?? '');
  }

  /** Index of the section holding `line`. */
  sectionAt(line: number): number {
    let low = 0;
    let high = this.sectionCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.sectionStart(mid) <= line) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The headings and sections as objects, for export (made once: export edits their paths). */
  objects(): { headings: Heading[]; sections: Section[] } {
    const { headings: table, lineCount } = this;
    const treeEnds = subtreeEnds(table, lineCount);
    const headings: Heading[] = [];
    const sections: Section[] = [
      {
        heading: null,
        start: this.start,
        end: table.count ? table.firstLine(0) : lineCount,
        treeEnd: lineCount,
        path: '',
      },
    ];
    for (let i = 0; i < table.count; i++) {
      const isTitle = i === this.title;
      const path = this.sectionPath(i + 1);
      const firstLine = table.firstLine(i);
      const line = table.line(i);
      const text = this.texts.text(firstLine, line);
      const heading: Heading = { firstLine, line, level: table.level(i), text, path, isTitle };
      headings.push(heading);
      sections.push({
        heading,
        start: line + 1,
        end: i + 1 < table.count ? table.firstLine(i + 1) : lineCount,
        treeEnd: isTitle ? lineCount : (treeEnds[i] ?? lineCount),
        path,
      });
    }
    return { headings, sections };
  }
}

/**
 * For each heading, the first line of the next heading at its level or above (`end` when
 * none): where its section's tree ends. One pass from the end with a stack, not a search
 * per heading (100,000 headings made that quadratic).
 */
function subtreeEnds(headings: HeadingTable, end: number): Int32Array {
  const ends = new Int32Array(headings.count);
  const open: number[] = [];
  for (let i = headings.count - 1; i >= 0; i--) {
    const level = headings.level(i);
    while (open.length && headings.level(open[open.length - 1] ?? 0) > level) open.pop();
    const next = open[open.length - 1];
    ends[i] = next === undefined ? end : headings.firstLine(next);
    open.push(i);
  }
  return ends;
}
