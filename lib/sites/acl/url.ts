/**
 * ACL Anthology URL rules: a paper's page (`aclanthology.org/{id}/`) and its PDF
 * (`aclanthology.org/{id}.pdf`), also under the old `aclweb.org/anthology/` prefix, are one
 * record. The ACL has given its papers the DOI `10.18653/v1/{id}` since 2016, so those are
 * `doi:` records (the DOI's `doi.org` page is the same work); older ids, and LREC, whose
 * papers have no such DOI, are keyed by their Anthology page.
 */
import type { Identity, UrlRule } from '../types';

export const ACL_HOSTS = new Set(['aclanthology.org', 'www.aclanthology.org']);
const ACLWEB_HOSTS = new Set(['aclweb.org', 'www.aclweb.org']);

// `2023.acl-long.1`, `2020.findings-emnlp.139`; old style `P19-1001`, `W18-5446`.
const NEW_ID = /^(\d{4})\.[a-z0-9]+(?:-[a-z0-9]+)*\.\d+$/i;
const OLD_ID = /^[A-Z](\d{2})-\d{4}$/;

/** The Anthology id in a path's segments (after `anthology/` on aclweb.org), or null. */
export function aclIdFromSegments(segments: string[]): string | null {
  if (segments.length !== 1) return null;
  // A corrected PDF is versioned: `2020.acl-main.1v2.pdf`.
  const id = (segments[0] ?? '').replace(/(?:v\d+)?\.pdf$/i, '');
  return NEW_ID.test(id) || OLD_ID.test(id) ? id : null;
}

/** The DOI the ACL gave an Anthology paper, when it gives them (see the file comment). */
export function aclDoi(id: string): string | undefined {
  const fresh = NEW_ID.exec(id);
  if (fresh) return /\.lrec-/i.test(id) ? undefined : `10.18653/v1/${id}`.toLowerCase();
  const old = OLD_ID.exec(id);
  // Two-digit years: `P19` is 2019, `P02` 2002; 10.18653 DOIs start with 2016's papers.
  const year = Number(old?.[1]);
  return old && year >= 16 && year < 50 ? `10.18653/v1/${id}`.toLowerCase() : undefined;
}

export function aclIdentity(id: string): Identity {
  const url = `https://aclanthology.org/${id}/`;
  const doi = aclDoi(id);
  return { key: doi ? `doi:${doi}` : `url:${url.replace(/\/$/, '')}`, kind: 'paper', url };
}

function identifyAclUrl(url: URL, segments: string[]): Identity | null {
  let path = segments;
  if (ACLWEB_HOSTS.has(url.hostname) && segments[0] === 'anthology') path = segments.slice(1);
  else if (!ACL_HOSTS.has(url.hostname)) return null;
  const id = aclIdFromSegments(path);
  return id ? aclIdentity(id) : null;
}

export const aclUrls: UrlRule = {
  site: 'acl',
  // The Anthology's BibTeX files, which complete a record saved from a PDF (./source.ts).
  hostPermissions: ['https://aclanthology.org/*'],
  identify: identifyAclUrl,
};
