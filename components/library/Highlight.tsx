/**
 * Text with the search's words marked (`<mark>`), so a reader sees why a row matched.
 * Matching is case-insensitive and by substring, as the search itself is; overlapping
 * words merge into one mark. Text only: nothing is ever set as HTML.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = terms.length ? matchRanges(text, terms) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) parts.push(text.slice(from, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    from = end;
  }
  if (from < text.length) parts.push(text.slice(from));
  return <>{parts}</>;
}
