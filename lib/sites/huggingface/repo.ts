/**
 * Hugging Face model, dataset and space pages (the card, `/tree/…`, `/blob/…`) → a
 * `model`/`dataset`/`space` capture.
 *
 * The Hub renders each repo page with a Svelte header whose state is JSON in
 * `[data-target=ModelHeader|DatasetHeader|SpaceHeader][data-props]` (the same on the card and
 * the file views, e.g. huggingface.co/huypd1508/wav2vec2-t5-Vietnamese/blob/main/config.json).
 * `getAttribute` hands it back HTML-unescaped. The `description` meta tag is the site's
 * slogan on every page, so it is never read.
 */
import { identify } from '../../identity';
import { parseArxivId } from '../arxiv/url';
import type { Capture, HubFields } from '../../types';
import type { Extractor } from '../../extractors/types';
import { HF_HOSTS } from './url';

const HEADERS: Record<HubFields['type'], string> = {
  model: 'ModelHeader',
  dataset: 'DatasetHeader',
  space: 'SpaceHeader',
};

export const huggingfaceRepo: Extractor = {
  name: 'huggingface-repo',
  matches: (url) => isHuggingFaceHost(url) && Boolean(identify(url.href)?.hub),
  extract(doc, url) {
    const identity = identify(url.href);
    if (!identity?.hub) return null;
    const { type } = identity.hub;
    // Page marker: the header component. Without it (a redesign, an error page) decline.
    const header = doc.querySelector(`[data-target="${HEADERS[type]}"][data-props]`);
    if (!header) return null;
    const props = parseProps(header.getAttribute('data-props'));
    const repo = asRecord(props?.[type]);

    const id = str(repo?.id) ?? identity.hub.id;
    const owner = str(repo?.author) ?? id.split('/')[0] ?? identity.hub.owner;
    const hub: HubFields = { type, id, owner };
    // A space has a title of its own on its card ("Hello World"); models and datasets go by id.
    const cardTitle =
      type === 'space' ? (str(repo?.title) ?? str(asRecord(repo?.cardData)?.title)) : undefined;
    const capture: Capture = {
      key: identity.key,
      kind: type,
      url: identity.url.replace(identity.hub.id, id),
      title: cardTitle ?? id,
      pageTitle: hubPageTitle(type, id, owner, str(repo?.title)),
      hub,
    };
    if (!repo) {
      // Malformed or reshaped JSON: keep what the URL says, and say what is missing.
      capture.missing = ['likes', 'downloads', 'license', 'tags'];
      capture.notes = [`the page's ${HEADERS[type]} data could not be read`];
      return capture;
    }
    fillHubFields(hub, repo);
    const description = str(asRecord(repo.cardData)?.short_description);
    if (description) capture.description = description;
    const paperIds = arxivIdsFromTags(strings(repo.tags));
    if (paperIds.length > 0) capture.paperIds = paperIds;
    return capture;
  },
};

export function isHuggingFaceHost(url: URL): boolean {
  return HF_HOSTS.has(url.hostname);
}

/** The tab titles the Hub gives its pages (obsidian-style lists paste them). */
function hubPageTitle(type: HubFields['type'], id: string, owner: string, title?: string) {
  if (type === 'dataset') return `${id} · Datasets at Hugging Face`;
  if (type === 'space') return `${title ?? id} - a Hugging Face Space by ${owner}`;
  return `${id} · Hugging Face`;
}

/**
 * Copies what the Hub says about a repo into `hub`. Shared with the Hub API client: the
 * API's `/api/models/{id}` answer has the same field names as the header JSON.
 */
export function fillHubFields(hub: HubFields, repo: Record<string, unknown>): void {
  const tags = strings(repo.tags);
  const card = asRecord(repo.cardData);
  const likes = num(repo.likes);
  if (likes !== undefined) hub.likes = likes;
  const downloads = num(repo.downloads);
  if (downloads !== undefined) hub.downloads = downloads;
  // Datasets have no pipeline tag; their task is in `task_categories:` tags.
  const task = str(repo.pipeline_tag) ?? tagValue(tags, 'task_categories:');
  if (task) hub.pipelineTag = task;
  const license = tagValue(tags, 'license:') ?? firstString(card?.license);
  if (license) hub.license = license;
  const library = str(repo.library_name) ?? str(card?.library_name);
  if (library) hub.library = library;
  const sdk = str(repo.sdk) ?? str(card?.sdk);
  if (hub.type === 'space' && sdk) hub.sdk = sdk;
}

/** `arxiv:1910.09700` tags → `['1910.09700']`, in order, without duplicates. */
export function arxivIdsFromTags(tags: string[]): string[] {
  const ids: string[] = [];
  for (const tag of tags) {
    if (!tag.startsWith('arxiv:')) continue;
    const parsed = parseArxivId(tag.slice('arxiv:'.length));
    if (parsed && !ids.includes(parsed.id)) ids.push(parsed.id);
  }
  return ids;
}

export function parseProps(text: string | null): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function firstString(value: unknown): string | undefined {
  return str(value) ?? strings(value)[0];
}

function tagValue(tags: string[], prefix: string): string | undefined {
  const tag = tags.find((t) => t.startsWith(prefix));
  return tag ? tag.slice(prefix.length) || undefined : undefined;
}
