/**
 * The DOI a citation of a work uses. A paper published elsewhere has its journal's DOI in
 * `doi`; an arXiv paper without one is cited by arXiv's own DataCite DOI
 * (`10.48550/arXiv.{id}`, https://info.arxiv.org/help/doi.html), derived from its id rather
 * than stored, so the record keeps `doi` for the published version.
 */
import type { Capture } from '../../types';
import { arxivDoi } from './url';

export function citationDoi(capture: Pick<Capture, 'doi' | 'arxiv'>): string | undefined {
  return (
    capture.doi ?? capture.arxiv?.doi ?? (capture.arxiv ? arxivDoi(capture.arxiv.id) : undefined)
  );
}
