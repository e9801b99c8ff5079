/**
 * Line edits on a parsed document: entries removed or replaced, new lines inserted before a
 * given line. Untouched lines are written back with their own terminators, new ones with
 * the document's; a missing final newline stays missing.
 */
import type { Doc } from './document';

export class LineEdits {
  private readonly removed = new Set<number>();
  private readonly replaced = new Map<number, { end: number; lines: string[] }>();
  private readonly inserted = new Map<number, string[]>();
  private readonly rewritten = new Map<number, string>();
  changed = false;

  constructor(private readonly doc: Doc) {}

  remove(start: number, end: number): void {
    for (let i = start; i < end; i++) this.removed.add(i);
    this.changed = true;
  }

  isRemoved(line: number): boolean {
    return this.removed.has(line);
  }

  replace(start: number, end: number, lines: string[]): void {
    this.replaced.set(start, { end, lines });
    this.changed = true;
  }

  /**
   * Inserts lines before line `before` (`lines.length` for the end); later calls go after,
   * unless `first`: then ahead of what was inserted there before.
   */
  insert(before: number, lines: string[], first = false): void {
    if (!lines.length) return;
    const list = first ? [] : (this.inserted.get(before) ?? []);
    for (const line of lines) list.push(line);
    if (first) for (const line of this.inserted.get(before) ?? []) list.push(line);
    this.inserted.set(before, list);
    this.changed = true;
  }

  /** Replaces one line's text, keeping its terminator (front matter `time_modified`). */
  rewrite(line: number, text: string): void {
    this.rewritten.set(line, text);
  }

  /** A line's text as it will be written, when it stays. */
  textOf(line: number): string {
    return this.rewritten.get(line) ?? this.doc.lines[line]?.text ?? '';
  }

  write(): string {
    const { lines, eol } = this.doc;
    const texts: string[] = [];
    const terms: string[] = [];
    const push = (text: string, term: string) => {
      texts.push(text);
      terms.push(term);
    };
    for (let i = 0; i <= lines.length; i++) {
      for (const text of this.inserted.get(i) ?? []) push(text, eol);
      const line = lines[i];
      if (!line) continue;
      const replacement = this.replaced.get(i);
      if (replacement) {
        for (const text of replacement.lines) push(text, eol);
        const last = lines[replacement.end - 1];
        if (last && terms.length) terms[terms.length - 1] = last.term || eol;
        i = replacement.end - 1;
        continue;
      }
      if (this.removed.has(i)) continue;
      push(this.rewritten.get(i) ?? line.text, line.term);
    }
    // Every line but the last needs a terminator; the last ends as the original file did.
    const finalTerm = lines[lines.length - 1]?.term ?? '';
    let out = this.doc.bom;
    for (let i = 0; i < texts.length; i++) {
      const last = i === texts.length - 1;
      out += texts[i] + (last ? finalTerm : terms[i] || eol);
    }
    return out;
  }
}
