/**
 * Fuzzy matching for type-ahead over topic paths: the query's characters must appear in the
 * candidate in order (case and accents ignored, spaces in the query ignored), and the best
 * placement wins — at word starts and in unbroken runs — so `qnt 24` finds
 * `Quantization / 2024` and highlights `Q`, `nt`, `24`.
 */

/** Half-open `[start, end)` spans of matched UTF-16 positions in the candidate. */
export type MatchRange = [number, number];
export interface FuzzyMatch {
  score: number;
  ranges: MatchRange[];
}
export interface FuzzyResult extends FuzzyMatch {
  candidate: string;
  /** Position in the candidates given, so callers can map back to their objects. */
  index: number;
}

const MATCH = 16;
const BOUNDARY = 8;
const CONSECUTIVE = 8;
const GAP_START = -3;
const GAP_EXTEND = -1;
/**
 * Past this many cells the optimal placement costs more than it is worth (a 200-character
 * topic typed against with 200 characters): the first placement is used instead.
 */
const MAX_CELLS = 40_000;

export function fuzzyMatch(query: string, candidate: string): FuzzyMatch | null {
  const needle = fold(query.replace(/\s+/gu, ''));
  if (needle.length === 0) return { score: 0, ranges: [] };
  const hay = fold(candidate);
  if (needle.length > hay.length) return null;
  const greedy = firstPlacement(needle, hay);
  if (!greedy) return null;
  const bonus = boundaryBonuses(candidate);
  const positions =
    needle.length * hay.length > MAX_CELLS ? greedy : bestPlacement(needle, hay, bonus);
  return { score: scorePositions(positions, bonus), ranges: toRanges(positions) };
}

/** Candidates that match, best first (ties: shorter, then earlier); all of them for an empty query. */
export function fuzzyFilter(
  query: string,
  candidates: readonly string[],
  limit = Number.POSITIVE_INFINITY,
): FuzzyResult[] {
  const results: FuzzyResult[] = [];
  candidates.forEach((candidate, index) => {
    const match = fuzzyMatch(query, candidate);
    if (match) results.push({ candidate, index, ...match });
  });
  if (query.trim()) {
    results.sort(
      (a, b) => b.score - a.score || a.candidate.length - b.candidate.length || a.index - b.index,
    );
  }
  return results.slice(0, Math.max(0, limit));
}

/** The text cut into marked and unmarked pieces, for rendering `<mark>` without HTML. */
export function markSegments(
  text: string,
  ranges: readonly MatchRange[],
  from = 0,
  to = text.length,
): { text: string; marked: boolean }[] {
  const segments: { text: string; marked: boolean }[] = [];
  let cursor = from;
  for (const [rangeStart, rangeEnd] of ranges) {
    const start = Math.max(rangeStart, from);
    const end = Math.min(rangeEnd, to);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < to) segments.push({ text: text.slice(cursor, to), marked: false });
  return segments;
}

/**
 * Per UTF-16 unit, so positions in the folded text are positions in the original: lower
 * case and the base letter of an accented one (`É` → `e`).
 */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else {
      const unit = text[i] as string;
      out += (unit.normalize('NFD')[0] ?? unit).toLowerCase()[0] ?? unit;
    }
  }
  return out;
}

const ALNUM = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{N}/u;

/** Word starts: after a non-word character, at a camelCase hump, where digits begin or end. */
function boundaryBonuses(text: string): Int8Array {
  const bonus = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const current = text[i] as string;
    if (!ALNUM.test(current)) continue;
    const previous = i > 0 ? (text[i - 1] as string) : '';
    if (
      !previous ||
      !ALNUM.test(previous) ||
      (UPPER.test(current) && !UPPER.test(previous)) ||
      DIGIT.test(current) !== DIGIT.test(previous)
    ) {
      bonus[i] = BOUNDARY;
    }
  }
  return bonus;
}

function firstPlacement(needle: string, hay: string): number[] | null {
  const positions: number[] = [];
  let from = 0;
  for (const char of needle) {
    const found = hay.indexOf(char, from);
    if (found < 0) return null;
    positions.push(found);
    from = found + 1;
  }
  return positions;
}

/**
 * Dynamic programming over (query char, candidate position): the best score of a placement
 * ending with query char `i` at position `j`, coming either from `j - 1` (a run) or from
 * an earlier position across a gap, whose best is carried along the row.
 */
function bestPlacement(needle: string, hay: string, bonus: Int8Array): number[] {
  const n = needle.length;
  const m = hay.length;
  const NONE = Number.NEGATIVE_INFINITY;
  const score = new Float64Array(n * m).fill(NONE);
  const from = new Int32Array(n * m).fill(-1);
  for (let j = 0; j < m; j++) {
    if (hay[j] === needle[0]) score[j] = MATCH + 2 * (bonus[j] as number);
  }
  for (let i = 1; i < n; i++) {
    const row = i * m;
    const previousRow = row - m;
    let gapBest = NONE;
    let gapFrom = -1;
    for (let j = 1; j < m; j++) {
      // Extend the carried gap by one, or open a new gap from the cell two back.
      gapBest += GAP_EXTEND;
      const opened = j >= 2 ? (score[previousRow + j - 2] as number) + GAP_START : NONE;
      if (opened > gapBest) {
        gapBest = opened;
        gapFrom = j - 2;
      }
      if (hay[j] !== needle[i]) continue;
      const run = (score[previousRow + j - 1] as number) + CONSECUTIVE;
      const base = MATCH + (bonus[j] as number);
      if (run >= gapBest && run > NONE) {
        score[row + j] = base + run;
        from[row + j] = j - 1;
      } else if (gapBest > NONE) {
        score[row + j] = base + gapBest;
        from[row + j] = gapFrom;
      }
    }
  }
  let end = -1;
  let best = NONE;
  const lastRow = (n - 1) * m;
  for (let j = 0; j < m; j++) {
    if ((score[lastRow + j] as number) > best) {
      best = score[lastRow + j] as number;
      end = j;
    }
  }
  const positions = new Array<number>(n);
  for (let i = n - 1, j = end; i >= 0; i--) {
    positions[i] = j;
    j = from[i * m + j] as number;
  }
  return positions;
}

function scorePositions(positions: readonly number[], bonus: Int8Array): number {
  let total = 0;
  positions.forEach((position, i) => {
    total += MATCH + (bonus[position] as number) * (i === 0 ? 2 : 1);
    if (i === 0) return;
    const gap = position - (positions[i - 1] as number) - 1;
    total += gap === 0 ? CONSECUTIVE : GAP_START + GAP_EXTEND * (gap - 1);
  });
  return total;
}

function toRanges(positions: readonly number[]): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const position of positions) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === position) last[1] = position + 1;
    else ranges.push([position, position + 1]);
  }
  return ranges;
}
