/** A paper (arXiv, DOI, OpenReview, or a page that is a paper) as a citable work. */
import { arxivAbsUrl } from '../identity';
import type { Capture } from '../types';
import type { Work } from './work';
import { citedYear } from './year';

export function paperWork(capture: Capture): Work {
  const arxiv = capture.arxiv;
  // The publisher's DOI: the capture's own, or the one arXiv's page links to.
  const doi = capture.doi ?? arxiv?.doi;
  return {
    title: capture.title,
    authors: capture.authors,
    year: citedYear(capture),
    ...(capture.venue?.name ? { venue: capture.venue } : {}),
    ...(doi ? { doi } : {}),
    url: arxiv ? arxivAbsUrl(arxiv.id) : capture.url,
    ...(arxiv
      ? {
          arxiv: {
            id: arxiv.id,
            ...(arxiv.primaryCategory ? { primaryClass: arxiv.primaryCategory } : {}),
          },
        }
      : {}),
  };
}
