/**
 * Entries that are blocks of lines rather than list items or table rows (issue 11): a
 * `<details>` block whose summary links the work, a title paragraph with its link
 * sub-bullets, an HTML table's `<tr>` rows (and, from heading-entry.ts, a heading per
 * paper). Each is read into the item it names; its lines stay the user's bytes.
 */
import type { BlockKind, EntryShape } from '../document';
import { identify } from '../../identity';
import { captureFromLink, linkShape } from '../entry-capture';
import type { LineTexts } from '../line-texts';
import { learnParts } from './build';
import type { RowEntry } from './rows';

/** An entry's lead (indentation, list marker, checkbox): not part of what its slots are read from. */
export const LEAD = /^(\s*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))?(?:\[[ xX]\](?:[ \t]+|$))?)/;

/**
 * The entry a block of text parts names: its title and main link read the way learned
 * patterns read them; null when it has no title or no link to a work.
 */
export function blockEntry(
  kind: BlockKind,
  start: number,
  end: number,
  parts: string[],
  skeleton?: string[],
): RowEntry | null {
  const learned = learnParts(parts, () => false);
  // An entry whose only work link is its code (`**trl**` + `- Code: https://github.com/…`,
  // what a saved repository is written as) names that repository.
  const url = learned.exemplar.mainUrl ?? onlyRepo(parts);
  // A title link whose label reads like a list of names (`Title, Sea AI Lab`) is still the title.
  // A summary's title link is its title whole (`[Mamba (S6), CMU](…)`).
  const title = (
    kind === 'details'
      ? (learned.exemplar.title ?? learned.titleText)
      : (learned.titleText ?? learned.exemplar.title)
  )?.trim();
  if (!url || !title) return null;
  const capture = captureFromLink(url, title);
  if (!capture) return null;
  return withShape(kind, start, end, capture, url, skeleton);
}

/** The repository a block links when it links no other work. */
function onlyRepo(parts: string[]): string | null {
  let repo: string | null = null;
  for (const part of parts)
    for (const match of part.matchAll(/https?:\/\/[^\s<>"'`)\]]+/g)) {
      const kind = identify(match[0].replace(/[.,;:]+$/, ''))?.kind;
      if (kind === undefined) continue;
      if (kind !== 'repo') return null;
      repo ??= match[0].replace(/[.,;:]+$/, '');
    }
  return repo;
}

export function withShape(
  kind: BlockKind,
  start: number,
  end: number,
  capture: NonNullable<ReturnType<typeof captureFromLink>>,
  url: string,
  skeleton?: string[],
): RowEntry {
  const shape: EntryShape = { indent: '', marker: '', gap: '', quote: '', block: kind };
  if (skeleton) shape.skeleton = skeleton;
  return {
    start,
    end,
    recognised: { vote: null, readAs: 'bare', capture, shape: linkShape(url, capture) },
    shape,
  };
}

/** The texts of lines [start, end) without blank lines and without their leads. */
export function partsOf(lines: LineTexts, start: number, end: number): string[] {
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const text = lines.text(i);
    if (text.trim() === '') continue;
    const lead = LEAD.exec(text)?.[1] ?? '';
    parts.push(
      text
        .slice(lead.length)
        .replace(/\s*\\$/, '')
        .trim(),
    );
  }
  return parts;
}

/** The line range without its trailing blank lines. */
export function trimEnd(lines: LineTexts, start: number, end: number): number {
  let last = end;
  while (last > start + 1 && lines.text(last - 1).trim() === '') last--;
  return last;
}
