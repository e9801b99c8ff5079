/** From an identity to the first fields of a capture of that work. */
import type { Capture } from '../types';
import type { Identity } from './types';

/**
 * The site records an identity already knows (`arxiv`, `repo`, `hub`, a preprint's
 * `version`), as capture fields.
 */
export function identityRecords(
  identity: Identity,
): Pick<Capture, 'arxiv' | 'repo' | 'hub' | 'version'> {
  const records: Pick<Capture, 'arxiv' | 'repo' | 'hub' | 'version'> = {};
  if (identity.arxiv) records.arxiv = { ...identity.arxiv };
  if (identity.repo) records.repo = { owner: identity.repo.owner, name: identity.repo.name };
  if (identity.hub) records.hub = { ...identity.hub };
  if (identity.version !== undefined) records.version = identity.version;
  return records;
}
