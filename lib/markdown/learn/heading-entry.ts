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

/** The document's headings, read by index (heading-table.ts); a name is read when asked. */
export interface HeadingLines {
  readonly count: number;
  firstLine(i: number): number;
  line(i: number): number;
  level(i: number): number;
  name(i: number): string;
}

interface Inner {
  start: number;
  end: number;
  nested: boolean;
  recognised: { capture: Capture };
  shape: { linkUrl?: string };
}

/** What a heading's body holds when it may be a paper heading. */
interface Work {
  end: number;
  inner: Inner | null;
  names: boolean;
}

/** Letters and digits only, lower case: how a heading and a title are compared. */
function folded(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The heading (its name, its line) names the work: its title, a short form of it, or a link to it. */
function namesWork(raw: string, name: () => string, capture: Capture | null): boolean {
  if (!capture) return false;
  const folds = folded(name());
  const title = folded(capture.title);
  if (folds.length >= 3 && title.length >= 3 && (title.includes(folds) || folds.includes(title)))
    return true;
  return findLinks(raw).some((link) => captureFromLink(link.url, 'x')?.key === capture.key);
}

/**
 * Finds the paper headings among the headings: returns their indices and one entry per
 * paper heading (its heading line through its body). The rest are topics.
 */
export function foldHeadingEntries(
  lines: LineTexts,
  headings: HeadingLines,
  pending: Inner[],
): { folded: Set<number>; entries: RowEntry[] } {
  const fold = new Set<number>();
  if (headings.count < 2) return { folded: fold, entries: [] };
  const sorted = pending.filter((entry) => !entry.nested).sort((a, b) => a.start - b.start);
  let cursor = 0;
  // Only the headings that may be paper headings: most are not, and a file may hold 100,000.
  const works = new Map<number, Work>();
  for (let i = 0; i < headings.count; i++) {
    const work = workOf(lines, headings, i, sorted, cursor);
    cursor = work.cursor;
    if (work.work) works.set(i, work.work);
  }
  for (let i = 0; i < headings.count;) {
    let j = i;
    while (j < headings.count && works.has(j) && headings.level(j) === headings.level(i)) j++;
    // Most of the run name their work (a few go by a nickname: `[DreamBooth]`, `[SD v1-5]`).
    let naming = 0;
    for (let k = i; k < j; k++) if (works.get(k)?.names) naming++;
    if (j - i >= 2 && naming * 3 >= (j - i) * 2) for (let k = i; k < j; k++) fold.add(k);
    i = Math.max(j, i + 1);
  }
  const entries: RowEntry[] = [];
  for (const i of fold) {
    const work = works.get(i);
    if (!work) continue;
    const start = headings.firstLine(i);
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
  }
  return { folded: fold, entries };
}

/**
 * Heading i's body when it holds exactly one work (null otherwise), and the cursor into
 * `sorted` (the entries in line order) moved past the heading.
 */
function workOf(
  lines: LineTexts,
  headings: HeadingLines,
  i: number,
  sorted: Inner[],
  from: number,
): { work: Work | null; cursor: number } {
  let cursor = from;
  const next = i + 1 < headings.count ? i + 1 : -1;
  const end = next >= 0 ? headings.firstLine(next) : lines.length;
  // A heading with sub-headings is a topic.
  if (next >= 0 && headings.level(next) > headings.level(i)) return { work: null, cursor };
  while (cursor < sorted.length && (sorted[cursor]?.start ?? 0) <= headings.line(i)) cursor++;
  const inBody: Inner[] = [];
  for (let k = cursor; k < sorted.length && (sorted[k]?.start ?? 0) < end; k++)
    inBody.push(sorted[k] as Inner);
  const keys = new Set(inBody.map((entry) => entry.recognised.capture.key));
  // The name is read from the heading's line again (heading-text.ts): only when it is asked.
  let known: string | undefined;
  const name = () => (known ??= headings.name(i));
  const raw = lines.text(headings.line(i));
  const own = findLinks(raw)
    .map((link) => captureFromLink(link.url, name()))
    .find((capture) => capture !== null);
  if (keys.size > 1 || (keys.size === 0 && !own)) return { work: null, cursor };
  const inner = inBody[0] ?? null;
  const capture = inner?.recognised.capture ?? own ?? null;
  if (own && inner && own.key !== inner.recognised.capture.key) return { work: null, cursor };
  const work = {
    end: trimEnd(lines, headings.firstLine(i), end),
    inner,
    names: namesWork(raw, name, capture),
  };
  return { work, cursor };
}
