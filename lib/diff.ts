/**
 * A line diff for "what changed since the imported file": Myers' O(ND) algorithm after
 * trimming the common head and tail, so an export that adds a few lines to a large file
 * costs about as much as reading it.
 */

export type DiffLine =
  | { type: 'same'; text: string; oldLine: number; newLine: number }
  | { type: 'added'; text: string; newLine: number }
  | { type: 'removed'; text: string; oldLine: number };

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  // A final newline ends the last line rather than starting an empty one.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++)
    out.push({ type: 'same', text: a[i] as string, oldLine: i + 1, newLine: i + 1 });
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  for (const op of middle) {
    if (op.type === 'same')
      out.push({ type: 'same', text: op.text, oldLine: op.a + head + 1, newLine: op.b + head + 1 });
    else if (op.type === 'added')
      out.push({ type: 'added', text: op.text, newLine: op.b + head + 1 });
    else out.push({ type: 'removed', text: op.text, oldLine: op.a + head + 1 });
  }
  for (let i = tail; i > 0; i--) {
    out.push({
      type: 'same',
      text: a[a.length - i] as string,
      oldLine: a.length - i + 1,
      newLine: b.length - i + 1,
    });
  }
  return out;
}

type Op = { type: 'same' | 'added' | 'removed'; text: string; a: number; b: number };

/** Myers' greedy shortest edit script, with the trace kept to walk it back. */
function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d] as Int32Array;
    const k = x - y;
    const down =
      k === -d || (k !== d && (prev[offset + k - 1] as number) < (prev[offset + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ type: 'same', text: a[x] as string, a: x, b: y });
    }
    if (down) {
      y--;
      ops.push({ type: 'added', text: b[y] as string, a: x, b: y });
    } else {
      x--;
      ops.push({ type: 'removed', text: a[x] as string, a: x, b: y });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push({ type: 'same', text: a[x] as string, a: x, b: y });
  }
  return ops.reverse();
}

/** Only the changed lines with `context` unchanged lines around each change. */
export function hunks(
  diff: DiffLine[],
  context = 2,
): (DiffLine | { type: 'gap'; skipped: number })[] {
  const keep = new Array<boolean>(diff.length).fill(false);
  diff.forEach((line, index) => {
    if (line.type === 'same') return;
    for (let i = Math.max(0, index - context); i <= Math.min(diff.length - 1, index + context); i++)
      keep[i] = true;
  });
  const out: (DiffLine | { type: 'gap'; skipped: number })[] = [];
  let skipped = 0;
  diff.forEach((line, index) => {
    if (keep[index]) {
      if (skipped) out.push({ type: 'gap', skipped });
      skipped = 0;
      out.push(line);
    } else skipped++;
  });
  if (skipped) out.push({ type: 'gap', skipped });
  return out;
}
