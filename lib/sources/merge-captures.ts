/**
 * Page data + API data for the same work: what every API source's merge builds on.
 */
import type { Capture } from '../types';
import { filledFields } from '../util/defined';

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Page data + API data for the same work. What the page says wins (it is what the user
 * was looking at: title, version, that version's date, page title); the API fills the
 * gaps. Two exceptions, for arXiv: the API's author list replaces one read from LaTeXML's
 * author block (arXiv HTML pages, where affiliations and names are mixed), recognisable by
 * the capture lacking an abstract as those pages do; and the API's `updated` (its latest
 * version's date) is only taken when it is the version the page showed.
 * Links (`codeUrls`, `paperIds`) are united; `notes` too.
 */
export function mergeCaptures(base: Capture, extra: Capture): Capture {
  const merged: Capture = { ...extra, ...filledFields(base) };
  // A title the page marked missing is a stand-in (the URL, `arXiv 2106.09608` for a PDF):
  // the API's real one replaces it.
  if (base.missing?.includes('title') && extra.title) merged.title = extra.title;
  if (base.kind === 'paper' && !base.abstract && extra.authors?.length) {
    merged.authors = extra.authors;
  }
  if (base.arxiv || extra.arxiv) {
    const sameVersion =
      base.arxiv?.version === undefined || base.arxiv.version === extra.arxiv?.version;
    const extraArxiv = { ...extra.arxiv, id: extra.arxiv?.id ?? base.arxiv?.id ?? '' };
    if (!sameVersion) delete extraArxiv.updated;
    merged.arxiv = { ...extraArxiv, ...filledFields(base.arxiv ?? { id: extraArxiv.id }) };
  }
  for (const field of ['codeUrls', 'paperIds', 'notes'] as const) {
    const values = unique([...(base[field] ?? []), ...(extra[field] ?? [])]);
    if (values.length > 0) merged[field] = values;
    else delete merged[field];
  }
  delete merged.missing;
  return merged;
}
