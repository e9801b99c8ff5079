/**
 * Small hostile Markdown files (issue 12.5): each once hung or crashed the import and froze
 * every extension page. Shared by the reliability tests and `npm run bench`
 * (import_pathological_ms), so both read the same inputs. Each is built on demand, with
 * `repeat` where it can be, so measuring one does not first allocate all of them.
 */
export interface PathologicalFile {
  name: string;
  build(): string;
}

function headings(count: number): string {
  return Array.from({ length: count }, (_, i) => `## Topic ${i}\n`).join('');
}

export const PATHOLOGICAL_FILES: PathologicalFile[] = [
  // 2,000 (and 4,000) levels of block quote on one line: 4 KB (8 KB).
  { name: 'nested-quotes-2k', build: () => `${'> '.repeat(2_000)}deep\n` },
  { name: 'nested-quotes-4k', build: () => `${'> '.repeat(4_000)}deep\n` },
  // 50,000 unclosed link openers (200 KB), as a paragraph and as one list item.
  { name: 'open-links-50k', build: () => `${'[a]('.repeat(50_000)}\n` },
  { name: 'open-links-item-50k', build: () => `- ${'[a]('.repeat(50_000)}\n` },
  // 100,000 empty headings.
  { name: 'empty-headings-100k', build: () => '##\n'.repeat(100_000) },
  // Headings with text, 10k and 20k: parse time must double, not quadruple.
  { name: 'headings-10k', build: () => headings(10_000) },
  { name: 'headings-20k', build: () => headings(20_000) },
  // A million lines of one character.
  { name: 'lines-1m', build: () => 'a\n'.repeat(1_000_000) },
  // Backticks that never close, and brackets that never close, in one list item.
  { name: 'open-code-item-100k', build: () => `- ${'`a'.repeat(50_000)}\n` },
  { name: 'open-brackets-item-100k', build: () => `- ${'['.repeat(100_000)}\n` },
  // 500 list items, each nested one level deeper than the last (250 KB).
  {
    name: 'nested-lists-500',
    build: () => Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
  },
];

export function pathologicalFile(name: string): PathologicalFile {
  const file = PATHOLOGICAL_FILES.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`no pathological file named ${name}`);
  return file;
}
