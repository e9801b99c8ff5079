/** The year an entry cites, shared by keys and entries so both always agree. */
import type { Capture } from '../types';

/** The year a date starts with (`2021-10-20`, `2021`): its first four digits. */
function yearOf(date: string | undefined): number | undefined {
  const text = date?.trim();
  if (!text || text.length < 4) return undefined;
  let year = 0;
  for (let index = 0; index < 4; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  return year;
}

/**
 * A published paper: its venue's year, else its publication date. An arXiv preprint: the
 * year of the version captured, as arXiv's own export writes it. Software, models and pages
 * have no publication year of their own: the year they were captured (`savedAt`) stands in.
 */
export function citedYear(capture: Capture, savedAt?: number): number | undefined {
  const published = capture.venue?.year ?? yearOf(capture.published);
  if (published !== undefined) return published;
  const arxiv = yearOf(capture.arxiv?.updated) ?? yearOf(capture.arxiv?.published);
  if (arxiv !== undefined) return arxiv;
  if (capture.kind === 'paper' || savedAt === undefined) return undefined;
  return new Date(savedAt).getUTCFullYear();
}
