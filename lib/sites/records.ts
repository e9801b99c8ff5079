/** From an identity to the first fields of a capture of that work. */
import type { Capture } from '../types';
import type { Identity } from './types';

/** The site records an identity already knows (`arxiv`, `repo`, `hub`), as capture fields. */
export function identityRecords(identity: Identity): Pick<Capture, 'arxiv' | 'repo' | 'hub'> {
  const records: Pick<Capture, 'arxiv' | 'repo' | 'hub'> = {};
  if (identity.arxiv) records.arxiv = { ...identity.arxiv };
  if (identity.repo) records.repo = { owner: identity.repo.owner, name: identity.repo.name };
  if (identity.hub) records.hub = { ...identity.hub };
  return records;
}
