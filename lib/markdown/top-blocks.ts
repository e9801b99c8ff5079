/**
 * The document's top-level blocks as line ranges, for the readers of block entries
 * (learn/block-entries.ts). Headings are not repeated here (heading-table.ts has them) and
 * blank runs are left out (no reader needs them), so a file of headings records nothing;
 * the rest cost 9 bytes a block, not an object each.
 */
import { Column } from './column';
import type { HeadingTable } from './heading-table';

/** What the readers tell apart; `other` is any block else (quote, table, rule, definition). */
export type TopKind = 'paragraph' | 'list' | 'html' | 'code' | 'other';

const KINDS: TopKind[] = ['paragraph', 'list', 'html', 'code', 'other'];

export class TopBlocks {
  private readonly kinds = new Column(Uint8Array);
  private readonly firsts = new Column(Int32Array);
  private readonly ends = new Column(Int32Array);

  constructor(private readonly headings: HeadingTable) {}

  get count(): number {
    return this.kinds.length;
  }

  /** A block token of marked's `type`, on lines [first, end); blocks are added in line order. */
  add(type: string, first: number, end: number): void {
    const kind = KINDS.indexOf(type as TopKind);
    this.kinds.push(kind < 0 ? KINDS.length - 1 : kind);
    this.firsts.push(first);
    this.ends.push(end);
  }

  kind(i: number): TopKind {
    return KINDS[this.kinds.get(i)] ?? 'other';
  }

  first(i: number): number {
    return this.firsts.get(i);
  }

  end(i: number): number {
    return this.ends.get(i);
  }

  /** First line of the first heading at or after `line`; undefined when there is none. */
  headingFrom(line: number): number | undefined {
    const index = this.headings.indexFrom(line);
    return index < this.headings.count ? this.headings.firstLine(index) : undefined;
  }
}
