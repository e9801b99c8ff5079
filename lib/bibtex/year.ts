/** The year an entry cites, shared by keys and entries so both always agree. */
import type { Capture } from '../types';

function yearOf(date: string | undefined): number | undefined {
  const match = date ? /^(\d{4})/.exec(date.trim()) : null;
  return match ? Number(match[1]) : undefined;
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
