/**
 * YAML front matter (obsidian notes). marked would read it as a rule and a setext heading,
 * so it is cut off before lexing and kept as raw lines; `time_modified` is the one line
 * export may touch (FORMATS.md §2).
 */
import type { Line } from './lines';

/** Number of lines the front matter takes (fences included), 0 when there is none. */
export function frontMatterLength(lines: Line[]): number {
  if (lines[0]?.text !== '---') return 0;
  let keys = 0;
  for (let i = 1; i < lines.length && i < 1000; i++) {
    const text = lines[i]?.text ?? '';
    // A rule that opens the file and closes without a `key:` line was a rule, not YAML.
    if (text === '---' || text === '...') return keys > 0 ? i + 1 : 0;
    if (/^[\w-]+\s*:/.test(text)) keys++;
    // Only `key: value` lines, list items, comments and indented or blank lines are YAML.
    else if (!/^(\s|-\s|#|$)/.test(text)) return 0;
  }
  return 0;
}

const TIME_MODIFIED = /^(time_modified\s*:\s*)(\S.*?)(\s*)$/;

/** Line index of `time_modified:` inside the front matter, or -1. */
export function timeModifiedLine(lines: Line[], frontMatterEnd: number): number {
  for (let i = 1; i < frontMatterEnd - 1; i++) {
    if (TIME_MODIFIED.test(lines[i]?.text ?? '')) return i;
  }
  return -1;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * `now` in the form the line already uses: the seed writes local time with its offset
 * (`2024-10-01T22:49:57-04:00`), so the new value keeps that offset; `Z` stays `Z`.
 */
export function formatLike(previous: string, now: Date): string {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(previous);
  const minutes = offset
    ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
    : 0;
  const local = new Date(now.getTime() + minutes * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const zone = offset ? `${offset[1]}${offset[2]}:${offset[3]}` : previous.endsWith('Z') ? 'Z' : '';
  return `${date}T${time}${zone}`;
}

/** The `time_modified` line with its value replaced by `now`. */
export function touchTimeModified(text: string, now: Date): string {
  const match = TIME_MODIFIED.exec(text);
  if (!match) return text;
  return `${match[1]}${formatLike(match[2] ?? '', now)}${match[3]}`;
}
