/**
 * GitHub's URL rules: a repo's root, `/tree/…` and README views are the repo
 * (`github:{owner}/{repo}`, lower case); its other pages (issues, pull requests, files)
 * are pages of their own that remember their repo.
 */
import { pageIdentity, parseWebUrl } from '../generic/url';
import type { Identity, UrlRule } from '../types';

/** Content-script matches (entrypoints/github.content.ts). */
export const GITHUB_PAGES = ['https://github.com/*'];

// First path segments on github.com that are site pages, not user or organisation names.
export const GITHUB_RESERVED = new Set([
  'about',
  'apps',
  'collections',
  'contact',
  'customer-stories',
  'enterprise',
  'events',
  'explore',
  'features',
  'login',
  'marketplace',
  'new',
  'notifications',
  'orgs',
  'organizations',
  'pricing',
  'pulls',
  'issues',
  'search',
  'security',
  'settings',
  'signup',
  'site',
  'sponsors',
  'topics',
  'trending',
  'codespaces',
  'dashboard',
  'readme',
  'stars',
  'watching',
  'join',
]);

// `/blob/<branch>/README.md` is the repo's front page in another dress.
const README_BLOB = /^readme(\.[a-z]+)?$/i;

/** github.com and its www alias. */
export const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);

function identifyGithubUrl(url: URL, segments: string[]): Identity | null {
  if (!GITHUB_HOSTS.has(url.hostname)) return null;
  const [owner, rawName, section, , ...rest] = segments;
  if (!owner || !rawName || GITHUB_RESERVED.has(owner.toLowerCase())) return null;
  const name = rawName.replace(/\.git$/, '');
  const repoKey = `github:${owner.toLowerCase()}/${name.toLowerCase()}`;
  const repo: Identity = {
    key: repoKey,
    kind: 'repo',
    url: `https://github.com/${owner}/${name}`,
    repo: { owner, name },
  };
  if (!section || section === 'tree') return repo;
  if (section === 'blob' && rest.length === 1 && README_BLOB.test(rest[0] ?? '')) return repo;
  // Issues, pull requests, discussions, files: pages of their own that remember their repo.
  return { ...pageIdentity(url), contextKey: repoKey };
}

export const githubUrls: UrlRule = {
  site: 'github',
  hostPermissions: ['https://github.com/*', 'https://api.github.com/*'],
  identify: identifyGithubUrl,
};

/**
 * A URL's identity by GitHub's rules alone, any other URL a page: what GitHub's own
 * extractors need, without every other site's rules (content-script size budget).
 */
export function identifyGithub(input: string): Identity | null {
  const parsed = parseWebUrl(input);
  return parsed
    ? (identifyGithubUrl(parsed.url, parsed.segments) ?? pageIdentity(parsed.url))
    : null;
}
