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
  // indexOf and charCodeAt, not a global regex: a match array per line was most of the
  // garbage a million-line file made. `cr` is the next `\r` (most files have none: one
  // search, never repeated), `lf` the next `\n`.
  let start = 0;
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    const term = at === cr ? (lf === at + 1 ? '\r\n' : '\r') : '\n';
    lines.push({ text: text.slice(start, at), term });
    start = at + term.length;
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
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
  // Joined once: appending a million lines to one string left a million rope pieces.
  const parts = new Array<string>(lines.length);
  for (let i = 0; i < lines.length; i++) parts[i] = (lines[i] as Line).text;
  const last = lines[lines.length - 1];
  return parts.join('\n') + (last?.term ? '\n' : '');
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}
