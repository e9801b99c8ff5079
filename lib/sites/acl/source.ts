/**
 * The ACL Anthology's own BibTeX (`https://aclanthology.org/{id}.bib`, linked from every
 * paper page) completes a paper saved from its PDF: title, authors, abstract, proceedings,
 * pages, DOI. The venue is the short name people cite, read from the id (`2023.acl-long.1`
 * → ACL, `2020.findings-emnlp.139` → Findings of EMNLP), as the page's "Venue:" gives it.
 */
import { fetchText, type FetchLike, type SourceResult } from '../../sources/http';
import type { Capture } from '../../types';
import { bibtexPaper } from '../scholarly/bibtex-paper';
import { type PaperFields, paperSource } from '../scholarly/paper-source';
import { ACL_HOSTS, aclIdFromSegments } from './url';

/** The Anthology id of a capture: from its Anthology URL, else from the ACL's DOI. */
export function aclIdOf(capture: Pick<Capture, 'key' | 'url'>): string | undefined {
  try {
    const url = new URL(capture.url);
    if (ACL_HOSTS.has(url.hostname)) {
      const id = aclIdFromSegments(url.pathname.split('/').filter(Boolean));
      if (id) return id;
    }
  } catch {
    // an unparsable URL: the key may still tell
  }
  const fromDoi = /^doi:10\.18653\/v1\/(.+)$/.exec(capture.key)?.[1];
  if (!fromDoi) return undefined;
  // Keys are lower case; old-style ids are written `P19-1001`.
  const id = /^[a-z]\d{2}-\d{4}$/.test(fromDoi) ? fromDoi.toUpperCase() : fromDoi;
  return aclIdFromSegments([id]) ?? undefined;
}

/** `2023.acl-long` → ACL, `2020.findings-emnlp` → Findings of EMNLP; undefined for old ids. */
export function aclShortVenue(id: string): string | undefined {
  const parts = /^\d{4}\.([a-z0-9]+)(?:-([a-z0-9]+))?/i.exec(id);
  if (!parts?.[1]) return undefined;
  const [, first, second] = parts;
  if (first.toLowerCase() === 'findings' && second) return `Findings of ${second.toUpperCase()}`;
  return first.toUpperCase();
}

export async function fetchAclPaper(
  id: string,
  deps: { fetch: FetchLike; timeoutMs?: number },
): Promise<SourceResult<PaperFields>> {
  const answer = await fetchText(`https://aclanthology.org/${id}.bib`, deps);
  if (!answer.ok) return answer;
  const paper = await bibtexPaper(answer.value);
  if (!paper) return { ok: false, error: `aclanthology.org sent no BibTeX entry for ${id}` };
  const short = aclShortVenue(id);
  if (paper.venue) {
    const journal = paper.venue.type === 'journal';
    paper.venue = {
      ...paper.venue,
      name: short && !journal ? short : paper.venue.name,
      type: journal ? 'journal' : /workshop/i.test(paper.venue.name) ? 'workshop' : 'conference',
      source: 'aclanthology',
    };
  }
  return { ok: true, value: paper };
}

export const aclSource = paperSource({
  name: 'ACL Anthology BibTeX',
  idOf: aclIdOf,
  cacheKey: (id) => `acl-bib:${id}`,
  fetch: (id, _capture, deps) => fetchAclPaper(id, deps),
});
