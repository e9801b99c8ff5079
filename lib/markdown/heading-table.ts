/**
 * The document's headings as columns of numbers: where each starts and ends and its level,
 * 9 bytes a heading. Its text, topic path and section are read from these when asked
 * (heading-text.ts, outline.ts): objects for 100,000 `##` lines held 140× the file.
 */
import { Column } from './column';

export class HeadingTable {
  private readonly firsts = new Column(Int32Array);
  private readonly lines = new Column(Int32Array);
  private readonly levels = new Column(Uint8Array);

  get count(): number {
    return this.firsts.length;
  }

  /** Headings are added in line order. */
  add(firstLine: number, line: number, level: number): void {
    this.firsts.push(firstLine);
    this.lines.push(line);
    this.levels.push(level);
  }

  /** First line of heading i (a setext heading's text starts above its underline). */
  firstLine(i: number): number {
    return this.firsts.get(i);
  }

  /** Last line of heading i: the ATX line, or the setext underline. */
  line(i: number): number {
    return this.lines.get(i);
  }

  level(i: number): number {
    return this.levels.get(i);
  }

  /** Index of the first heading starting at or after `line`; `count` when none does. */
  indexFrom(line: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.firsts.get(mid) < line) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Drops the headings in `gone` (paper headings, which are entries, not topics). */
  remove(gone: Set<number>): void {
    const keep = (i: number) => !gone.has(i);
    this.firsts.filter(keep);
    this.lines.filter(keep);
    this.levels.filter(keep);
  }
}
