/**
 * Hugging Face Hub API (https://huggingface.co/docs/hub/api): `/api/models/{id}`,
 * `/api/datasets/{id}`, `/api/spaces/{id}` for likes, downloads, pipeline tag, library,
 * license and `arxiv:` tags; `/api/papers/{arxiv id}` for a paper's HF page data (its code
 * repository). Field names are those of the page's header JSON, so the extractor's reader
 * is reused. Cached a day; a 429 is respected.
 */
import { arxivIdsFromTags, asRecord, fillHubFields, str, strings } from './repo';
import { identify } from '../../identity';
import type { Capture, HubFields } from '../../types';
import { cachedJson, DAY_MS, type SourceDeps } from '../../sources/cached-json';
import type { SourceResult } from '../../sources/http';
import type { Source } from '../../sources/types';
import { withoutUndefined } from '../../util/defined';

export interface HubRepoInfo {
  hub: HubFields;
  paperIds: string[];
  description?: string;
}

const API_PATHS: Record<HubFields['type'], string> = {
  model: 'models',
  dataset: 'datasets',
  space: 'spaces',
};

const API = 'https://huggingface.co/api';

export function fetchHubRepo(
  type: HubFields['type'],
  id: string,
  deps: SourceDeps,
): Promise<SourceResult<HubRepoInfo>> {
  return cachedJson(
    {
      service: 'huggingface',
      url: `${API}/${API_PATHS[type]}/${id.split('/').map(encodeURIComponent).join('/')}`,
      cacheKey: `hf:${type}:${id.toLowerCase()}`,
      ttlMs: DAY_MS,
      limitStatuses: [429],
      parse: (json) => parseHubRepo(type, json),
    },
    deps,
  );
}

export function parseHubRepo(type: HubFields['type'], json: unknown): HubRepoInfo | undefined {
  const repo = asRecord(json);
  const id = str(repo?.id) ?? str(repo?.modelId);
  if (!repo || !id) return undefined;
  const hub: HubFields = { type, id, owner: str(repo.author) ?? id.split('/')[0] ?? id };
  fillHubFields(hub, repo);
  const info: HubRepoInfo = { hub, paperIds: arxivIdsFromTags(strings(repo.tags)) };
  const description = str(asRecord(repo.cardData)?.short_description);
  if (description) info.description = description;
  return info;
}

export interface HfPaperInfo {
  id: string;
  title?: string;
  authors: string[];
  abstract?: string;
  /** ISO date the paper appeared on arXiv. */
  published?: string;
  /** The code repository the HF paper page links to. */
  codeUrl?: string;
}

export function fetchHfPaper(
  arxivId: string,
  deps: SourceDeps,
): Promise<SourceResult<HfPaperInfo>> {
  return cachedJson(
    {
      service: 'huggingface',
      url: `${API}/papers/${encodeURIComponent(arxivId)}`,
      cacheKey: `hf:paper:${arxivId}`,
      ttlMs: DAY_MS,
      limitStatuses: [429],
      parse: parseHfPaper,
    },
    deps,
  );
}

export function parseHfPaper(json: unknown): HfPaperInfo | undefined {
  const paper = asRecord(json);
  const id = str(paper?.id);
  if (!paper || !id) return undefined;
  const authors = Array.isArray(paper.authors)
    ? paper.authors.map((a) => str(asRecord(a)?.name)).filter((n): n is string => Boolean(n))
    : [];
  const info: HfPaperInfo = { id, authors };
  const title = str(paper.title);
  if (title) info.title = title.replace(/\s+/g, ' ');
  const abstract = str(paper.summary);
  if (abstract) info.abstract = abstract.replace(/\s+/g, ' ');
  const published = /^\d{4}-\d{2}-\d{2}/.exec(str(paper.publishedAt) ?? '')?.[0];
  if (published) info.published = published;
  const repo = identify(str(paper.githubRepo) ?? '');
  if (repo?.kind === 'repo') info.codeUrl = repo.url;
  return info;
}

/** Fills what a model/dataset/space capture lacks from the Hub API; page data stays. */
export async function enrichHubRepo(
  capture: Capture,
  deps: SourceDeps,
): Promise<{ capture: Capture; error?: string }> {
  if (!capture.hub) return { capture };
  const answer = await fetchHubRepo(capture.hub.type, capture.hub.id, deps);
  if (!answer.ok) return { capture, error: answer.error };
  return { capture: fillHubGaps(capture, answer.value) };
}

export function fillHubGaps(capture: Capture, info: HubRepoInfo): Capture {
  const hub = { ...info.hub, ...withoutUndefined(capture.hub ?? {}) } as HubFields;
  const filled: Capture = { ...capture, hub };
  if (!filled.description && info.description) filled.description = info.description;
  if (!filled.paperIds?.length && info.paperIds.length > 0) filled.paperIds = info.paperIds;
  // What the API supplied is no longer missing.
  const missing = (capture.missing ?? []).filter((field) => {
    if (field === 'likes') return hub.likes === undefined;
    if (field === 'downloads') return hub.downloads === undefined;
    if (field === 'license') return hub.license === undefined;
    if (field === 'tags') return false;
    return true;
  });
  if (missing.length > 0) filled.missing = missing;
  else delete filled.missing;
  return filled;
}

/** Adds the HF paper page's code link (and any gaps) to an arXiv capture. */
export async function enrichFromHfPaper(
  capture: Capture,
  deps: SourceDeps,
): Promise<{ capture: Capture; error?: string }> {
  if (!capture.arxiv) return { capture };
  const answer = await fetchHfPaper(capture.arxiv.id, deps);
  if (!answer.ok) return { capture, error: answer.error };
  const paper = answer.value;
  const filled: Capture = { ...capture };
  if (!filled.title && paper.title) filled.title = paper.title;
  if (!filled.authors?.length && paper.authors.length > 0) filled.authors = paper.authors;
  if (!filled.abstract && paper.abstract) filled.abstract = paper.abstract;
  if (paper.codeUrl && !filled.codeUrls?.includes(paper.codeUrl)) {
    filled.codeUrls = [...(filled.codeUrls ?? []), paper.codeUrl];
  }
  const missing = (capture.missing ?? []).filter(
    (field) =>
      !(field === 'title' && filled.title) &&
      !(field === 'authors' && filled.authors?.length) &&
      !(field === 'abstract' && filled.abstract),
  );
  if (missing.length > 0) filled.missing = missing;
  else delete filled.missing;
  return { capture: filled };
}

/** The Hugging Face entry of `SOURCES` (lib/sources/index.ts): Hub repos lacking counts. */
export const huggingfaceSource: Source = {
  name: 'Hugging Face API',
  wants: (capture) => Boolean(capture.hub) && hubMissing(capture).length > 0,
  // No cacheKey: fetchHubRepo caches the answer (and the rate-limit backoff) itself.
  ttlMs: DAY_MS,
  async fetch(capture, deps) {
    if (!capture.hub) return { ok: false, error: 'not a Hugging Face repo' };
    const answer = await fetchHubRepo(capture.hub.type, capture.hub.id, deps);
    if (!answer.ok) return answer;
    const { hub, paperIds, description } = answer.value;
    const found: Capture = { ...capture, hub, paperIds, missing: undefined };
    if (description) found.description = description;
    return { ok: true, value: found };
  },
  merge: (capture, answer) =>
    answer.hub
      ? fillHubGaps(capture, {
          hub: answer.hub,
          paperIds: answer.paperIds ?? [],
          description: answer.description,
        })
      : capture,
  missing: hubMissing,
};

/** What a Hub capture should have: likes always, downloads for models and datasets. */
function hubMissing(capture: Capture): string[] {
  const hub = capture.hub;
  if (!hub) return capture.missing ?? [];
  const missing: string[] = [];
  if (hub.likes === undefined) missing.push('likes');
  if (hub.type !== 'space' && hub.downloads === undefined) missing.push('downloads');
  return missing;
}
