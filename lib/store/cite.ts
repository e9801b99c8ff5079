/**
 * BibTeX from the stored collection: the cite operation (lib/collection/bibtex.ts) runs in
 * one transaction, so a key written for the first time is stored on its item with the
 * export that wrote it: from then on it stays.
 */
import { type CiteRequest, type CiteResult, citeOperation } from '../collection/bibtex';
import { preferredCitations } from '../bibtex/preferred';
import type { Work } from '../bibtex/work';
import type { SourceDeps } from '../sources/cached-json';
import type { Capture } from '../types';
import type { CollectionStore } from './collection-store';

export type { CiteRequest, CiteResult };

export async function citeFromStore(
  store: CollectionStore,
  request: CiteRequest,
): Promise<CiteResult> {
  return (await store.run(citeOperation(request))).result;
}

/**
 * What "Copy BibTeX" and "Export BibTeX" call: the repositories' CITATION.cff first (a
 * single copy may ask GitHub, within its wait; a list export reads only cached answers,
 * to keep the hourly quota), then the entries from the store.
 */
export async function citeWithSources(
  store: CollectionStore,
  request: Omit<CiteRequest, 'preferred'>,
  sources?: SourceDeps & { cacheOnly?: boolean },
): Promise<CiteResult> {
  let preferred: Map<string, Work> | undefined;
  if (sources) {
    const repos = await repositoriesToCite(store, request);
    if (repos.length) preferred = await preferredCitations(repos, sources);
  }
  return citeFromStore(store, { ...request, ...(preferred?.size ? { preferred } : {}) });
}

/** The repositories among the works a request cites (only they have a CITATION.cff). */
async function repositoriesToCite(
  store: CollectionStore,
  request: Omit<CiteRequest, 'preferred'>,
): Promise<Capture[]> {
  const found: Capture[] = request.unsaved ? [request.unsaved] : [];
  for (const key of request.keys ?? []) {
    const item = await store.getItem(key);
    if (item) found.push(item);
  }
  if (request.list) {
    const view = await store.listView(request.list.listId);
    for (const { items } of view.topics) {
      for (const item of items) if (item.kind === 'repo') found.push(item);
    }
  }
  return found.filter((capture) => capture.kind === 'repo');
}
