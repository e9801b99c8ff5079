/**
 * Any page. Metadata is read most specific first — `citation_*` tags, then JSON-LD, then
 * Dublin Core / PRISM / `meta name=author` / Open Graph article tags, then the visible
 * byline and abstract — and each field comes from the first that has it; where they
 * disagree the capture says so in `notes`. A page with scholarly metadata is a `paper`:
 * with a DOI (and no arXiv id) it is that DOI's record (`doi:…`); a page that names an
 * arXiv paper (`citation_arxiv_id`, an arXiv DOI) is that paper's record, whatever site it
 * is on (mirrors, journals, blogs).
 */
import type { Extractor } from '../../extractors/types';
import type { Capture } from '../../types';
import { withoutUndefined } from '../../util/defined';
import { arxivAbsUrl, arxivIdFromDoi, parseArxivId } from '../arxiv/url';
import type { Identity } from '../types';
import { citationMeta } from './citation';
import { dublinCoreMeta } from './dublin-core';
import { jsonLdMeta } from './jsonld';
import { cleanText } from './meta';
import { pageCapture, pageDescription, pageIdentityOf } from './page';
import type { MetaLayer, PageMeta } from './page-meta';
import { isPersonName, normalise, type SiteNames, siteNames, stripSiteParts } from './title';
import { doiIdentity } from './url';
import { visibleMeta } from './visible';

export interface CombinedMeta {
  meta: PageMeta;
  /** Which layer gave the title (citation titles are taken as they are). */
  titleSource?: string;
  notes: string[];
}

// Fields where two sources that disagree are worth a note.
const CHECKED = ['title', 'doi', 'published'] as const;

function sameValue(field: (typeof CHECKED)[number], a: string, b: string): boolean {
  if (field === 'published') return a.slice(0, 4) === b.slice(0, 4);
  return normalise(a) === normalise(b);
}

/** Each field from the first layer that has it; disagreements on title/DOI/year noted. */
export function combineLayers(layers: MetaLayer[]): CombinedMeta {
  const meta: PageMeta = {};
  const notes: string[] = [];
  let titleSource: string | undefined;
  for (const { source, meta: layer } of layers) {
    for (const [name, value] of Object.entries(layer) as [keyof PageMeta, unknown][]) {
      if (name === 'siteNames') {
        meta.siteNames = [...(meta.siteNames ?? []), ...(layer.siteNames ?? [])];
      } else if (name === 'scholarly') {
        meta.scholarly ||= layer.scholarly;
      } else if (meta[name] === undefined) {
        Object.assign(meta, { [name]: value });
        if (name === 'title') titleSource = source;
      }
    }
  }
  for (const field of CHECKED) {
    const kept = layers.find((layer) => layer.meta[field] !== undefined);
    const other = layers.find(
      (layer) =>
        layer.meta[field] !== undefined &&
        !sameValue(field, kept?.meta[field] ?? '', layer.meta[field] ?? ''),
    );
    if (kept && other) {
      notes.push(
        `${field}: kept "${kept.meta[field]}" from ${kept.source}; ${other.source} says "${other.meta[field]}"`,
      );
    }
  }
  return { meta, titleSource, notes };
}

/** The metadata layers of a page, most specific first. */
export function readLayers(doc: Document): MetaLayer[] {
  return [
    { source: 'citation_* tags', meta: citationMeta(doc) },
    { source: 'JSON-LD', meta: jsonLdMeta(doc) },
    { source: 'Dublin Core/PRISM/meta tags', meta: dublinCoreMeta(doc) },
  ];
}

function paperMissing(capture: Capture): string[] {
  return [
    capture.title ? '' : 'title',
    capture.authors?.length ? '' : 'authors',
    capture.abstract ? '' : 'abstract',
    capture.published || capture.arxiv?.published ? '' : 'date',
  ].filter(Boolean);
}

function arxivPaper(doc: Document, arxivText: string, combined: CombinedMeta): Capture | null {
  const parsed = parseArxivId(arxivText);
  if (!parsed) return null;
  const { meta, notes } = combined;
  const journalDoi = meta.doi && !arxivIdFromDoi(meta.doi) ? meta.doi : undefined;
  const title = meta.title ?? cleanText(doc.title);
  const capture: Capture = {
    key: `arxiv:${parsed.id}`,
    kind: 'paper',
    url: arxivAbsUrl(parsed.id),
    title,
    pageTitle: cleanText(doc.title) || undefined,
    authors: meta.authors,
    abstract: meta.abstract ?? meta.description,
    arxiv: {
      id: parsed.id,
      version: parsed.version,
      published: meta.published?.length === 10 ? meta.published : undefined,
      pdfUrl: meta.pdfUrl,
      doi: journalDoi,
    },
    doi: journalDoi,
    venue: meta.venue,
    notes: notes.length > 0 ? notes : undefined,
  };
  // Subjects are arXiv's own; other sites do not say (the arXiv API fills it).
  const missing = [...paperMissing(capture), 'subject'];
  capture.missing = missing;
  return withoutUndefined(capture);
}

function scholarlyPaper(
  doc: Document,
  url: URL,
  identity: Identity,
  combined: CombinedMeta,
  site: SiteNames,
): Capture {
  const { meta, notes, titleSource } = combined;
  const page = pageCapture(doc, url, identity, site);
  const own =
    meta.title && titleSource !== 'citation_* tags' ? stripSiteParts(meta.title, site) : meta.title;
  const title = own || page.title;
  // With a DOI (and no arXiv id) the work is the DOI's record, wherever it was read.
  const work = meta.doi && identity.kind === 'page' ? doiIdentity(meta.doi) : identity;
  const capture: Capture = {
    ...page,
    key: work.key,
    kind: work.kind === 'page' ? 'paper' : work.kind,
    url: work.url,
    title,
    authors: meta.authors,
    abstract: meta.abstract,
    description: pageDescription(doc, title, site, meta.description),
    doi: meta.doi,
    published: meta.published,
    venue: meta.venue,
    notes: notes.length > 0 ? notes : undefined,
  };
  if (work !== identity) delete capture.contextKey;
  const missing = paperMissing(capture);
  if (missing.length > 0) capture.missing = missing;
  else delete capture.missing;
  return withoutUndefined(capture);
}

export const generic: Extractor = {
  name: 'generic',
  matches: (url) => url.protocol === 'http:' || url.protocol === 'https:',
  extract(doc, url) {
    const layers = readLayers(doc);
    const first = combineLayers(layers);
    const arxivId = first.meta.arxivId ?? arxivIdFromDoi(first.meta.doi);
    if (arxivId) {
      const paper = arxivPaper(doc, arxivId, first);
      if (paper) return paper;
    }
    const identity = pageIdentityOf(doc, url);
    if (!identity) return null;
    const site = siteNames(doc, url, first.meta.siteNames);
    const scholarly = first.meta.scholarly || (Boolean(first.meta.doi) && identity.kind === 'page');
    if (!scholarly) {
      // A page: what its tags say about authors and date is kept, nothing more.
      const page = pageCapture(doc, url, identity, site);
      const visible = visibleMeta(doc);
      const byline = (first.meta.authors ?? visible.authors)?.filter((name) =>
        isPersonName(name, site),
      );
      return withoutUndefined({
        ...page,
        authors: byline?.length ? byline : undefined,
        abstract: first.meta.abstract,
        published:
          identity.kind === 'page' ? (first.meta.published ?? visible.published) : undefined,
      });
    }
    // The visible byline and abstract only fill what no metadata gave.
    const combined = combineLayers([
      ...layers,
      { source: 'the page text', meta: visibleMeta(doc) },
    ]);
    return scholarlyPaper(doc, url, identity, combined, site);
  },
};
