/**
 * The NeurIPS proceedings' BibTeX file completes a paper saved from its PDF. Each paper's
 * abstract page links it beside the PDF: `…/{year}/file/{hash}-Bibtex{track}.bib`
 * (`-Bibtex-Conference.bib` since 2022, `-Bibtex.bib` before). The venue is NeurIPS (or its
 * Datasets and Benchmarks track) of the URL's year, as on the page.
 */
import { fetchText, type FetchLike, type SourceResult } from '../../sources/http';
import type { Capture } from '../../types';
import { bibtexPaper } from '../scholarly/bibtex-paper';
import { type PaperFields, paperSource } from '../scholarly/paper-source';
import {
  NEURIPS_HOSTS,
  type NeuripsPaper,
  neuripsPaperFromSegments,
  neuripsVenueName,
} from './url';

export function neuripsPaperOf(capture: Pick<Capture, 'url'>): NeuripsPaper | undefined {
  try {
    const url = new URL(capture.url);
    if (!NEURIPS_HOSTS.has(url.hostname)) return undefined;
    return neuripsPaperFromSegments(url.pathname.split('/').filter(Boolean)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function neuripsBibUrl(paper: NeuripsPaper): string {
  return `https://proceedings.neurips.cc/paper_files/paper/${paper.year}/file/${paper.hash}-Bibtex${paper.track}.bib`;
}

export async function fetchNeuripsPaper(
  paper: NeuripsPaper,
  deps: { fetch: FetchLike; timeoutMs?: number },
): Promise<SourceResult<PaperFields>> {
  const answer = await fetchText(neuripsBibUrl(paper), deps);
  if (!answer.ok) return answer;
  const found = await bibtexPaper(answer.value);
  if (!found)
    return { ok: false, error: `proceedings.neurips.cc sent no BibTeX for ${paper.hash}` };
  found.venue = {
    ...found.venue,
    name: neuripsVenueName(paper.track),
    type: 'conference',
    year: Number(paper.year),
    source: 'neurips',
  };
  found.published ??= paper.year;
  return { ok: true, value: found };
}

export const neuripsSource = paperSource({
  name: 'NeurIPS proceedings BibTeX',
  idOf: neuripsPaperOf,
  cacheKey: (paper) => `neurips-bib:${paper.year}/${paper.hash}`,
  fetch: (paper, _capture, deps) => fetchNeuripsPaper(paper, deps),
});
