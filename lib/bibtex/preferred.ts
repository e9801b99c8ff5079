/**
 * Preferred citations (CITATION.cff) for the repositories among the works to cite, by
 * identity key: asked for together, each within its wait, failures left out.
 */
import type { SourceDeps } from '../sources/cached-json';
import type { Capture } from '../types';
import { fetchPreferredCitation } from './cff-fetch';
import type { Work } from './work';

export async function preferredCitations(
  captures: readonly Capture[],
  deps: SourceDeps & { cacheOnly?: boolean },
): Promise<Map<string, Work>> {
  const repos = captures.filter((capture) => capture.kind === 'repo' && capture.repo);
  const found = await Promise.all(
    repos.map((capture) =>
      fetchPreferredCitation(
        capture.repo as { owner: string; name: string },
        capture.url,
        deps,
      ).catch(() => undefined),
    ),
  );
  const map = new Map<string, Work>();
  repos.forEach((capture, index) => {
    const work = found[index];
    if (work) map.set(capture.key, work);
  });
  return map;
}
