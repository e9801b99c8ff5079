/**
 * One record per work: a second capture of a work merges into its record.
 * The newest preprint version (arXiv's, bioRxiv's/medRxiv's) wins for what changes between
 * versions, whatever order the versions are saved in; links are united;
 * what the user gave (topics, note, status, first-save time) is kept.
 */
import { FIELD_RULES } from '../sites/field-rules';
import type { Capture, Item } from '../types';
import { linkKeys } from './links';

/** Fields a preprint version can change: taken from the capture only when it is not older. */
const VERSIONED_FIELDS = ['title', 'pageTitle', 'authors', 'abstract', 'version', 'url'] as const;

/** The preprint version a capture names: arXiv's, else bioRxiv's/medRxiv's (`version`). */
function versionOf(capture: Capture): number | undefined {
  return capture.arxiv?.version ?? capture.version;
}

/**
 * The title is the user's text as much as the site's (an imported list's entry, a title the
 * user edited): a later capture replaces it only when it brings a newer preprint version, or
 * when the record's title was a stand-in (marked missing: a PDF's id, a URL).
 */
function takesTitle(existing: Item, capture: Capture): boolean {
  if (!existing.title || existing.missing?.includes('title')) return true;
  const incoming = versionOf(capture);
  const known = versionOf(existing);
  return incoming !== undefined && known !== undefined && incoming > known;
}

export function newItem(capture: Capture, now: number): Item {
  return withLinks({
    ...capture,
    note: '',
    status: 'to-read',
    topicIds: [],
    savedAt: now,
    updatedAt: now,
  });
}

/** The item with its derived `links` recomputed (absent when it points nowhere). */
export function withLinks(item: Item): Item {
  const { links: _old, ...rest } = item;
  const links = linkKeys(item);
  return links.length ? { ...rest, links } : rest;
}

export function mergeCapture(existing: Item, capture: Capture, now: number): Item {
  const older = isOlderVersion(capture, existing);
  const merged: Item = { ...existing, updatedAt: now };
  for (const [name, value] of Object.entries(capture) as [keyof Capture, unknown][]) {
    if (value === undefined || value === '' || name === 'key' || name === 'missing') continue;
    if ((name === 'title' || name === 'pageTitle') && !takesTitle(existing, capture)) continue;
    if (older && (VERSIONED_FIELDS as readonly string[]).includes(name)) {
      if (isEmpty(existing[name])) Object.assign(merged, { [name]: value });
      continue;
    }
    Object.assign(merged, { [name]: value });
  }
  // Each site merges its own record (`arxiv`, `repo`, `hub`): lib/sites/<site>/fields.ts.
  for (const rules of FIELD_RULES) Object.assign(merged, rules.merge(existing, capture, older));
  merged.codeUrls = union(existing.codeUrls, capture.codeUrls);
  merged.paperIds = union(existing.paperIds, capture.paperIds);
  merged.missing = stillMissing(existing.missing, capture.missing);
  for (const name of ['codeUrls', 'paperIds', 'missing'] as const) {
    if (!merged[name]?.length) delete merged[name];
  }
  return withLinks(merged);
}

function isOlderVersion(capture: Capture, existing: Item): boolean {
  const incoming = versionOf(capture);
  const known = versionOf(existing);
  return incoming !== undefined && known !== undefined && incoming < known;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a?.length) return b;
  if (!b?.length) return a;
  return [...new Set([...a, ...b])];
}

/** A field is still missing only when neither side found it. */
function stillMissing(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a?.length || !b?.length) return undefined;
  return a.filter((name) => b.includes(name));
}
