/**
 * One item as one BibTeX entry, whatever it is: the entry point the popup, the library and
 * the CLI share.
 */
import type { Capture } from '../types';
import { type BibEntry, formatEntry } from './entry';
import type { EscapeOptions } from './escape';
import { paperWork } from './paper';
import { hubEntry, pageEntry, repoEntry } from './software';
import { type Work, workEntry } from './work';

export interface CiteOptions extends EscapeOptions {
  /**
   * A repository's own preferred citation (its CITATION.cff), when known: cited instead of
   * the repository page, as its authors ask.
   */
  preferred?: Work;
}

/** Papers, and pages that turned out to be papers (a DOI landing page with a journal). */
function isPaper(capture: Capture): boolean {
  return capture.kind === 'paper' || Boolean(capture.venue?.name) || Boolean(capture.arxiv);
}

/** `savedAt` is when the item was captured: the year and "Accessed" date of undated works. */
export function citeEntry(
  capture: Capture,
  key: string,
  savedAt: number,
  options: CiteOptions = {},
): BibEntry {
  if (options.preferred) return workEntry(options.preferred, key, options);
  if (isPaper(capture)) return workEntry(paperWork(capture), key, options);
  if (capture.kind === 'repo') return repoEntry(capture, key, savedAt, options);
  if (capture.kind === 'model' || capture.kind === 'dataset' || capture.kind === 'space') {
    return hubEntry(capture, key, savedAt, options);
  }
  return pageEntry(capture, key, savedAt, options);
}

export function citeText(
  capture: Capture,
  key: string,
  savedAt: number,
  options: CiteOptions = {},
): string {
  return formatEntry(citeEntry(capture, key, savedAt, options));
}
