/**
 * A document as lines that remember their own terminators, so that writing them back gives
 * the original bytes even with `\r\n`, a lone `\r`, mixed endings or no final newline.
 */

export interface Line {
  /** The line without its terminator. */
  text: string;
  /** `\n`, `\r\n`, `\r`, or `` for a last line without newline. */
  term: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ text: text.slice(start, match.index), term: match[0] });
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), term: '' });
  return lines;
}

/** The line ending new lines get: the one the document uses most (ties and none → `\n`). */
export function dominantEol(lines: Line[]): string {
  let crlf = 0;
  let lf = 0;
  for (const line of lines) {
    if (line.term === '\r\n') crlf++;
    else if (line.term === '\n') lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** The text marked sees: every terminator as `\n` (marked normalises them the same way). */
export function normalizedText(lines: Line[]): string {
  let out = '';
  for (const line of lines) out += line.term ? `${line.text}\n` : line.text;
  return out;
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}
