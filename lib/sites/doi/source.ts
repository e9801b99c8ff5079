/**
 * Crossref completes any `doi:` record the page could not fill (a publisher's PDF, a
 * `doi.org` link): the last source tried, after the sites that know their DOIs better
 * (ACL Anthology, bioRxiv).
 */
import { paperSource } from '../scholarly/paper-source';
import { fetchCrossrefWork } from './crossref';

export const crossrefSource = paperSource({
  name: 'Crossref',
  idOf: (capture) =>
    capture.key.startsWith('doi:') ? capture.key.slice('doi:'.length) : undefined,
  cacheKey: (doi) => `crossref:${doi}`,
  fetch: (doi, _capture, deps) => fetchCrossrefWork(doi, deps),
});
