/**
 * PMLR's BibTeX completes a paper saved from its PDF. PMLR publishes one BibTeX file per
 * volume (`https://proceedings.mlr.press/v{volume}/assets/bib/bibliography.bib`, linked
 * from each volume's page), its entries keyed `pmlr-v{volume}-{name}`; only that paper's
 * entry is cut out and parsed (a volume's file runs to megabytes). The venue is the series
 * people cite (ICML, AISTATS, …), as on the page.
 */
import { fetchText, type FetchLike, type SourceResult } from '../../sources/http';
import type { Capture } from '../../types';
import { bibtexPaper } from '../scholarly/bibtex-paper';
import { type PaperFields, paperSource } from '../scholarly/paper-source';
import { PMLR_HOSTS, type PmlrPaper, pmlrPaperFromSegments } from './url';
import { pmlrVenueName } from './venue';

export function pmlrPaperOf(capture: Pick<Capture, 'url'>): PmlrPaper | undefined {
  try {
    const url = new URL(capture.url);
    if (!PMLR_HOSTS.has(url.hostname)) return undefined;
    return pmlrPaperFromSegments(url.pathname.split('/').filter(Boolean)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function pmlrEntryKey(paper: PmlrPaper): string {
  return `pmlr-v${paper.volume}-${paper.name}`;
}

/** The text of the one entry keyed `key`: from its `@` to the next entry's. */
export function entryText(bib: string, key: string): string | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = new RegExp(`@\\w+\\s*\\{\\s*${escaped}\\s*,`, 'i').exec(bib);
  if (!start) return undefined;
  const next = bib.slice(start.index + 1).search(/\n\s*@\w+\s*\{/);
  return bib.slice(start.index, next < 0 ? undefined : start.index + 1 + next);
}

export async function fetchPmlrPaper(
  paper: PmlrPaper,
  deps: { fetch: FetchLike; timeoutMs?: number },
): Promise<SourceResult<PaperFields>> {
  const url = `https://proceedings.mlr.press/v${paper.volume}/assets/bib/bibliography.bib`;
  const answer = await fetchText(url, deps);
  if (!answer.ok) return answer;
  const key = pmlrEntryKey(paper);
  const entry = entryText(answer.value, key);
  const found = entry ? await bibtexPaper(entry, key) : undefined;
  if (!found) return { ok: false, error: `proceedings.mlr.press lists no entry ${key}` };
  if (found.venue) {
    found.venue = {
      ...found.venue,
      name: pmlrVenueName(found.venue.name),
      volume: found.venue.volume ?? paper.volume,
      publisher: found.venue.publisher ?? 'PMLR',
      source: 'pmlr',
    };
  }
  return { ok: true, value: found };
}

export const pmlrSource = paperSource({
  name: 'PMLR BibTeX',
  idOf: pmlrPaperOf,
  cacheKey: (paper) => `pmlr-bib:${pmlrEntryKey(paper)}`,
  fetch: (paper, _capture, deps) => fetchPmlrPaper(paper, deps),
});
