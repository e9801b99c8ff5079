/**
 * Links between records: a paper's code (GitHub repos in its comments, the HF paper page's
 * repo), the papers a model, dataset or space cites (`arxiv:` tags), the repo a page sits
 * in. Each becomes the identity key of the other end, so saving both ends connects them
 * whichever was saved first.
 */
import { identify } from '../identity';
import type { Capture } from '../types';

/** Identity keys of the works this capture points to (never its own). */
export function linkKeys(capture: Pick<Capture, 'key' | 'codeUrls' | 'paperIds' | 'contextKey'>) {
  const keys = new Set<string>();
  for (const url of capture.codeUrls ?? []) {
    const identity = identify(url);
    if (identity && identity.kind !== 'page') keys.add(identity.key);
  }
  for (const id of capture.paperIds ?? []) keys.add(`arxiv:${id}`);
  if (capture.contextKey) keys.add(capture.contextKey);
  keys.delete(capture.key);
  return [...keys];
}
