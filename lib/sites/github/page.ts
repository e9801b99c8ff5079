/**
 * Pages inside a GitHub repository that are not the repository itself: issues, pull
 * requests, discussions, files (`/blob/…` of anything but the README), releases, wikis.
 * Each is a `page` item keeping its own URL, with the repo's key as `contextKey`, so an
 * issue is never filed as the repo it belongs to.
 */
import type { Capture } from '../../types';
import { cleanText as clean, metaContent } from '../generic/meta';
import type { Extractor } from '../../extractors/types';
import { GITHUB_HOSTS, identifyGithub } from './url';

export const githubPage: Extractor = {
  name: 'github-page',
  // github.com only: Hugging Face pages have context keys too.
  matches: (url) => GITHUB_HOSTS.has(url.hostname) && Boolean(identifyGithub(url.href)?.contextKey),
  extract(doc, url) {
    const identity = canonicalIdentity(doc, url) ?? identifyGithub(url.href);
    if (!identity?.contextKey) return null;
    const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
    const [owner = '', name = '', section = '', ...rest] = segments;
    const nwo = `${owner}/${name}`;
    // Page marker: a GitHub page of this repo names it in a meta tag or in its title
    // ("Fix crash · Issue #12 · owner/repo"). Anything else (a login wall, an error page)
    // is left to the generic extractor.
    const nwoMeta = metaContent(doc, 'octolytics-dimension-repository_nwo');
    const pageTitle = clean(doc.title);
    const ogTitle = clean(metaContent(doc, 'og:title'));
    const namesRepo = (text: string) => text.toLowerCase().includes(nwo.toLowerCase());
    if (!nwoMeta && !namesRepo(pageTitle) && !namesRepo(ogTitle)) return null;

    const what = describeSection(section, rest, nwo);
    const title = what.file ?? readHeading(doc) ?? firstPart(ogTitle || pageTitle, nwo);
    const capture: Capture = {
      key: identity.key,
      kind: 'page',
      url: identity.url,
      title: title || what.label,
      contextKey: identity.contextKey,
      description: what.label,
    };
    if (pageTitle) capture.pageTitle = pageTitle;
    if (!title) capture.missing = ['title'];
    return capture;
  },
};

/**
 * A pull request's tabs (`/pull/7/files`, `/pull/7/commits`) are one work: the page's
 * `og:url` names `/pull/7`. It is only trusted when the current path
 * starts with it, since after a Turbo navigation the head may still describe another page.
 */
function canonicalIdentity(doc: Document, url: URL) {
  const named = metaContent(doc, 'og:url');
  if (!named) return undefined;
  let canonical: URL;
  try {
    canonical = new URL(named, url);
  } catch {
    return undefined;
  }
  const path = canonical.pathname.replace(/\/+$/, '');
  const current = url.pathname.replace(/\/+$/, '');
  if (canonical.host !== url.host || path === current || !current.startsWith(`${path}/`)) {
    return undefined;
  }
  const identity = identifyGithub(canonical.href);
  return identity?.contextKey ? identity : undefined;
}

interface SectionInfo {
  /** "Issue #12 in owner/repo", "File docs/paper.pdf in owner/repo". */
  label: string;
  /** For files: the file name, which is the best title a PDF page has. */
  file?: string;
}

const SECTION_NAMES: Record<string, string> = {
  issues: 'Issue',
  pull: 'Pull request',
  discussions: 'Discussion',
  releases: 'Release',
  wiki: 'Wiki page',
  commit: 'Commit',
};

function describeSection(section: string, rest: string[], nwo: string): SectionInfo {
  if (section === 'blob' || section === 'raw') {
    // `/blob/<ref>/<path…>`; a ref with slashes cannot be told from the path by the URL
    // alone, and the file name (the last segment) is all the title needs.
    const path = rest.slice(1).join('/');
    const file = rest[rest.length - 1];
    return { label: `File ${path || file || ''} in ${nwo}`.replace(/\s+/g, ' '), file };
  }
  const noun = SECTION_NAMES[section];
  const number = rest[0] && /^\d+$/.test(rest[0]) ? ` #${rest[0]}` : '';
  if (noun) return { label: `${noun}${number} in ${nwo}` };
  return { label: `Page of ${nwo}` };
}

/**
 * The issue or PR heading: `bdi[data-testid="issue-title"]` in the React issue viewer
 * (2024 on), `.js-issue-title` on pull requests, older issue pages and discussions.
 */
function readHeading(doc: Document): string | undefined {
  const heading = doc.querySelector('bdi[data-testid="issue-title"], .js-issue-title');
  return clean(heading?.textContent) || undefined;
}

/**
 * "Fix crash · Issue #12 · owner/repo", "Add x by someone · Pull Request #3 · owner/repo",
 * "Idea · owner/repo · Discussion #4": the part before the first " · ".
 */
function firstPart(title: string, nwo: string): string | undefined {
  const withoutSite = title.replace(/ · GitHub$/, '');
  const [first, second] = withoutSite.split(' · ');
  if (!first || first.toLowerCase() === nwo.toLowerCase()) return undefined;
  // Pull requests append " by <login>" to their title there.
  if (second?.startsWith('Pull Request #')) return first.replace(/ by [\w-]+$/, '');
  return first;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
