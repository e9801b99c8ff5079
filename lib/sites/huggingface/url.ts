/**
 * Hugging Face's URL rules: models, datasets and spaces (`hf:{type}:{owner}/{name}`) from
 * their card and file views; `/papers/{id}` is the arXiv paper; other pages of a repo
 * (discussions, commits) are pages that remember it.
 */
import { arxivIdentity } from '../arxiv/url';
import { pageIdentity } from '../generic/url';
import type { HubFields } from '../../types';
import { identifyWith } from '../identify-with';
import type { Identity, UrlRule } from '../types';

/** Content-script matches (entrypoints/huggingface.content.ts). */
export const HF_PAGES = ['https://huggingface.co/*'];

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

/** huggingface.co, its www alias and its short link host (`hf.co/meta-llama/…` redirects). */
export const HF_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);

function identifyHuggingFaceUrl(url: URL, segments: string[]): Identity | null {
  if (!HF_HOSTS.has(url.hostname)) return null;
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

export const huggingfaceUrls: UrlRule = {
  site: 'huggingface',
  hostPermissions: ['https://huggingface.co/*'],
  identify: identifyHuggingFaceUrl,
};

/**
 * A URL's identity by the Hub's rules alone, any other URL a page: what the Hub's own
 * extractors need, without every other site's rules (content-script size budget).
 */
export function identifyHuggingFace(input: string): Identity | null {
  return identifyWith([huggingfaceUrls], input);
}
