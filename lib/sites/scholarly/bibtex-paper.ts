/**
 * A paper's fields from a BibTeX entry (the ACL Anthology's, PMLR's and NeurIPS's own
 * `.bib` files), read with the project's BibTeX reader (@retorquere/bibtex-parser): plain
 * Unicode text, "First Last" authors. No DOM: the MV3 background runs it.
 */
import type { readBibtex as ReadBibtex } from '../../bibtex/read';
import type { VenueFields } from '../../types';
import { withoutUndefined } from '../../util/defined';
import type { PaperFields } from './paper-source';
import { plainText } from './text';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(text: string | undefined): number | undefined {
  const value = (text ?? '').trim().toLowerCase();
  const number = Number(value);
  if (Number.isInteger(number) && number >= 1 && number <= 12) return number;
  const index = MONTHS.indexOf(value.slice(0, 3));
  return index >= 0 ? index + 1 : undefined;
}

/** `2023` and `jul` → `2023-07`; undefined without a plausible year. */
function bibDate(year: string | undefined, month: string | undefined): string | undefined {
  if (!/^(1[89]|20)\d{2}$/.test(year?.trim() ?? '')) return undefined;
  const number = monthNumber(month);
  return number ? `${year?.trim()}-${String(number).padStart(2, '0')}` : year?.trim();
}

/**
 * The entry keyed `key` (else the first) as paper fields; undefined when the text is not
 * BibTeX, holds no such entry, or the entry has no title.
 */
export async function bibtexPaper(text: string, key?: string): Promise<PaperFields | undefined> {
  let entries: ReturnType<typeof ReadBibtex>;
  try {
    // Loaded when a BibTeX answer arrives: the parser (with its LaTeX tables) is most of a
    // megabyte that the popup's first paint and the page-capture script must not carry.
    const { readBibtex } = await import('../../bibtex/read');
    entries = readBibtex(text);
  } catch {
    return undefined; // not BibTeX (an error page, garbage)
  }
  const entry = key ? entries.find((candidate) => candidate.key === key) : entries[0];
  const fields = entry?.fields;
  const title = plainText(fields?.title);
  if (!entry || !fields || !title) return undefined;
  const published = bibDate(fields.year, fields.month);
  const venueName = plainText(fields.booktitle || fields.journal);
  const venue: VenueFields | undefined = venueName
    ? withoutUndefined({
        name: venueName,
        type: fields.journal && !fields.booktitle ? 'journal' : 'conference',
        year: published ? Number(published.slice(0, 4)) : undefined,
        volume: fields.volume || undefined,
        issue: fields.number || undefined,
        pages: fields.pages ? fields.pages.replace(/\s*[-–—]+\s*/g, '-') : undefined,
        publisher: plainText(fields.publisher) || undefined,
      } satisfies VenueFields)
    : undefined;
  return withoutUndefined({
    title,
    authors: entry.authors.length ? entry.authors : undefined,
    abstract: plainText(fields.abstract) || undefined,
    published,
    doi: /^10\.\d{4,9}\/\S+$/.test(fields.doi ?? '') ? fields.doi?.toLowerCase() : undefined,
    venue,
  });
}
