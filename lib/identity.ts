/**
 * One record per work: every URL form of a paper, repository or model maps to one key.
 * The table lives in ../shared/DESIGN.md ("Identity"); this file is its implementation.
 */
import type { HubFields, ItemKind } from './types';

export interface Identity {
  /** `arxiv:2106.09608`, `github:owner/repo`, `hf:model:owner/name`, `url:https://…`. */
  key: string;
  kind: ItemKind;
  /** Canonical URL of the work (arXiv abs page without version, repo root, …). */
  url: string;
  arxiv?: { id: string; version?: number };
  repo?: { owner: string; name: string };
  hub?: Pick<HubFields, 'type' | 'id' | 'owner'>;
  /** A page inside a GitHub repo (issue, PR, file): the repo's key. */
  contextKey?: string;
}

// New-style ids since 2007 (`0704.0001`, `2106.09608`), optional version.
const NEW_ID = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/;
// Old-style ids: archive, optional subject class, then YYMMNNN (`hep-th/9901001`, `math.GT/0309136`).
const OLD_ID = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/;

/** Splits `2106.09608v2` (or an old-style id) into id and version; null when it is not an id. */
export function parseArxivId(text: string): { id: string; version?: number } | null {
  const trimmed = text.trim().replace(/^arxiv:/i, '');
  const match = NEW_ID.exec(trimmed) ?? OLD_ID.exec(trimmed);
  if (!match?.[1]) return null;
  return match[2] ? { id: match[1], version: Number(match[2]) } : { id: match[1] };
}

/** The abs page of an arXiv id: the URL people cite. */
export function arxivAbsUrl(id: string, version?: number): string {
  return `https://arxiv.org/abs/${id}${version ? `v${version}` : ''}`;
}

function arxivIdentity(idText: string): Identity | null {
  const parsed = parseArxivId(idText);
  if (!parsed) return null;
  return { key: `arxiv:${parsed.id}`, kind: 'paper', url: arxivAbsUrl(parsed.id), arxiv: parsed };
}

const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);
const AR5IV_HOSTS = new Set(['ar5iv.org', 'ar5iv.labs.arxiv.org']);

/** The id part of an arXiv-family path: what follows `/abs/`, `/pdf/`, `/html/`. */
function idFromArxivPath(segments: string[], prefixes: string[]): string | null {
  const [first, ...rest] = segments;
  if (!first || !prefixes.includes(first) || rest.length === 0) return null;
  // Old-style ids contain a slash (`hep-th/9901001`); new-style ones do not, but an HTML
  // full text may continue with a section path (`/html/2501.11120v1/#S2`, `/html/…/x1.png`).
  const oldStyle = `${rest[0]}/${rest[1] ?? ''}`.replace(/\.pdf$/, '');
  if (rest.length >= 2 && parseArxivId(oldStyle)) return oldStyle;
  return (rest[0] ?? '').replace(/\.pdf$/, '');
}

function fromArxivUrl(url: URL, segments: string[]): Identity | null {
  const host = url.hostname;
  if (ARXIV_HOSTS.has(host)) {
    const id = idFromArxivPath(segments, ['abs', 'pdf', 'html', 'format']);
    return id ? arxivIdentity(id) : null;
  }
  if (AR5IV_HOSTS.has(host)) {
    const id = idFromArxivPath(segments, ['html', 'abs']);
    return id ? arxivIdentity(id) : null;
  }
  if (host === 'alphaxiv.org' || host === 'www.alphaxiv.org') {
    const id = idFromArxivPath(segments, ['abs', 'overview', 'pdf']);
    return id ? arxivIdentity(id) : null;
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    // arXiv's DataCite DOIs: 10.48550/arXiv.2106.09608
    const doi = decodeURIComponent(segments.join('/'));
    const match = /^10\.48550\/arxiv\.(.+)$/i.exec(doi);
    return match?.[1] ? arxivIdentity(match[1]) : null;
  }
  return null;
}

// First path segments on github.com that are site pages, not user or organisation names.
const GITHUB_RESERVED = new Set([
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

function fromGithubUrl(url: URL, segments: string[]): Identity | null {
  if (url.hostname !== 'github.com' && url.hostname !== 'www.github.com') return null;
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

// First path segments on huggingface.co that are not a model's owner.
const HF_RESERVED = new Set([
  'papers',
  'blog',
  'docs',
  'models',
  'datasets',
  'spaces',
  'collections',
  'settings',
  'login',
  'join',
  'organizations',
  'pricing',
  'tasks',
  'learn',
  'chat',
  'posts',
  'api',
  'new',
  'new-dataset',
  'new-space',
  'enterprise',
  'inference-endpoints',
  'notifications',
  'search',
  'terms-of-service',
  'privacy',
  'welcome',
  'huggingchat',
]);

// Views of a Hub repo that show the repo itself (its card, its files, a dataset's rows).
const HF_REPO_VIEWS = new Set(['tree', 'blob', 'resolve', 'raw', 'viewer']);

function fromHuggingFaceUrl(url: URL, segments: string[]): Identity | null {
  if (url.hostname !== 'huggingface.co' && url.hostname !== 'www.huggingface.co') return null;
  const [first, second] = segments;
  if (first === 'papers' && second) return arxivIdentity(second);
  let type: HubFields['type'] = 'model';
  let parts = segments;
  if (first === 'datasets' || first === 'spaces') {
    type = first === 'datasets' ? 'dataset' : 'space';
    parts = segments.slice(1);
  } else if (!first || HF_RESERVED.has(first)) {
    return null;
  }
  const owner = parts[0];
  let [, name, section] = parts;
  // Legacy models without an owner (`gpt2`) show their files at `/gpt2/tree/main`.
  if (type === 'model' && owner && name && HF_REPO_VIEWS.has(name)) {
    section = name;
    name = undefined;
  }
  if (!owner) return null;
  // A bare single segment is a user or organisation profile: not a repo.
  if (!name && section === undefined) return null;
  const id = name ? `${owner}/${name}` : owner;
  const prefix = type === 'model' ? '' : `${type === 'dataset' ? 'datasets' : 'spaces'}/`;
  const repoKey = `hf:${type}:${id.toLowerCase()}`;
  // Discussions, commits, settings…: pages of their own that remember their repo.
  if (section && !HF_REPO_VIEWS.has(section)) return { ...pageIdentity(url), contextKey: repoKey };
  return {
    key: repoKey,
    kind: type,
    url: `https://huggingface.co/${prefix}${id}`,
    hub: { type, id, owner },
  };
}

/** `url:` identity: lower-case host, no fragment, no `utm_*`, no trailing slash. */
export function normalizeUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  for (const name of [...copy.searchParams.keys()]) {
    if (name.toLowerCase().startsWith('utm_')) copy.searchParams.delete(name);
  }
  // URL already lower-cases the scheme and host.
  let text = copy.href;
  if (copy.search === '' && text.endsWith('?')) text = text.slice(0, -1);
  return text.replace(/\/+(?=$|\?)/, '');
}

function pageIdentity(url: URL): Identity {
  const normalized = normalizeUrl(url);
  return { key: `url:${normalized}`, kind: 'page', url: normalized };
}

/** The identity of the work a URL shows; null for URLs that cannot hold one (`chrome://`, junk). */
export function identify(input: string): Identity | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  return (
    fromArxivUrl(url, segments) ??
    fromGithubUrl(url, segments) ??
    fromHuggingFaceUrl(url, segments) ??
    pageIdentity(url)
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
