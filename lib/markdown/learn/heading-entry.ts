/**
 * One heading per paper (`##### [Title]` over a few bullets: the link, the authors, the
 * date): such headings are entries, not topics. Decided by structure: a run of two or more
 * same-level headings with no sub-headings, each whose body holds exactly one work, and
 * whose name is that work's title (or a short form of it, or its link).
 */
import type { LineTexts } from '../line-texts';
import { findLinks } from '../links';
import { captureFromLink } from '../entry-capture';
import type { Capture } from '../../types';
import { blockEntry, partsOf, trimEnd, withShape } from './blocks';
import type { RowEntry } from './rows';

export interface HeadingLine {
  firstLine: number;
  line: number;
  level: number;
  name: string;
}

interface Inner {
  start: number;
  end: number;
  nested: boolean;
  recognised: { capture: Capture };
  shape: { linkUrl?: string };
}

/** Letters and digits only, lower case: how a heading and a title are compared. */
function folded(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The heading names the work: its title, a short form of it, or a link to it. */
function namesWork(lines: LineTexts, heading: HeadingLine, capture: Capture | null): boolean {
  if (!capture) return false;
  const name = folded(heading.name);
  const title = folded(capture.title);
  if (name.length >= 3 && title.length >= 3 && (title.includes(name) || name.includes(title)))
    return true;
  const raw = lines.text(heading.line);
  return findLinks(raw).some((link) => captureFromLink(link.url, 'x')?.key === capture.key);
}

/**
 * Splits the headings into topics and paper headings; returns the topics and one entry per
 * paper heading (its heading line through its body).
 */
export function foldHeadingEntries<H extends HeadingLine>(
  lines: LineTexts,
  headings: H[],
  pending: Inner[],
): { headings: H[]; entries: RowEntry[] } {
  if (headings.length < 2) return { headings, entries: [] };
  const sorted = pending.filter((entry) => !entry.nested).sort((a, b) => a.start - b.start);
  let cursor = 0;
  const works = headings.map((heading, i) => {
    const next = headings[i + 1];
    const end = next ? next.firstLine : lines.length;
    // A heading with sub-headings is a topic.
    if (next && next.level > heading.level) return null;
    while (cursor < sorted.length && (sorted[cursor]?.start ?? 0) <= heading.line) cursor++;
    const inBody: Inner[] = [];
    for (let k = cursor; k < sorted.length && (sorted[k]?.start ?? 0) < end; k++)
      inBody.push(sorted[k] as Inner);
    const keys = new Set(inBody.map((entry) => entry.recognised.capture.key));
    const own = findLinks(lines.text(heading.line))
      .map((link) => captureFromLink(link.url, heading.name))
      .find((capture) => capture !== null);
    if (keys.size > 1 || (keys.size === 0 && !own)) return null;
    const inner = inBody[0] ?? null;
    const capture = inner?.recognised.capture ?? own ?? null;
    if (own && inner && own.key !== inner.recognised.capture.key) return null;
    return {
      end: trimEnd(lines, heading.firstLine, end),
      inner,
      names: namesWork(lines, heading, capture),
    };
  });
  const fold = new Set<number>();
  for (let i = 0; i < headings.length;) {
    let j = i;
    while (j < headings.length && works[j] && (headings[j] as H).level === (headings[i] as H).level)
      j++;
    // Most of the run name their work (a few go by a nickname: `[DreamBooth]`, `[SD v1-5]`).
    const naming = works.slice(i, j).filter((work) => work?.names).length;
    if (j - i >= 2 && naming * 3 >= (j - i) * 2) for (let k = i; k < j; k++) fold.add(k);
    i = Math.max(j, i + 1);
  }
  if (!fold.size) return { headings, entries: [] };
  const entries: RowEntry[] = [];
  headings.forEach((heading, i) => {
    const work = works[i];
    if (!fold.has(i) || !work) return;
    const start = heading.firstLine;
    const inner = work.inner;
    const entry = inner
      ? withShape(
          'heading',
          start,
          work.end,
          inner.recognised.capture,
          inner.shape.linkUrl ?? inner.recognised.capture.url,
        )
      : blockEntry('heading', start, work.end, partsOf(lines, start, work.end));
    if (entry) entries.push(entry);
  });
  const kept = headings.filter((_, i) => !fold.has(i) || !works[i]);
  return { headings: kept, entries };
}
