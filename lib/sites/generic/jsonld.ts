/**
 * schema.org JSON-LD (`<script type="application/ld+json">`): every form pages use — one
 * object, an array, `@graph` (object or array), `author` as objects (`name`, or
 * `givenName` + `familyName`) or strings, `isPartOf` chains (issue → volume → periodical),
 * `identifier` as text or `PropertyValue`. A script that is not valid JSON is skipped.
 */
import type { VenueFields } from '../../types';
import { withoutUndefined } from '../../util/defined';
import { bareDoi, cleanText, partialDate, plainAbstract, plainText } from './meta';
import { compactMeta, type PageMeta, pageRange, venueType } from './page-meta';

type Node = Record<string, unknown>;

// Ranked: a scholarly type over a plain article over any other creative work.
const SCHOLARLY = new Set([
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'Report',
  'Thesis',
  'Chapter',
]);
const ARTICLE = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'TechArticle',
  'AnalysisNewsArticle',
  'ReportageNewsArticle',
  'SocialMediaPosting',
  'Review',
]);
const WORK = new Set(['CreativeWork', 'Book', 'Dataset', 'SoftwareSourceCode', 'Course']);

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Node)
    : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value) || undefined;
  if (typeof value === 'number') return String(value);
  // `{"@value": "…"}` and `{"@language": "en", "@value": "…"}`.
  const node = asNode(value);
  return node ? text(node['@value']) : undefined;
}

function types(node: Node): string[] {
  return list(node['@type'])
    .map((type) => (typeof type === 'string' ? type.replace(/^.*[/#:]/, '') : ''))
    .filter(Boolean);
}

/**
 * Every node of every script, `@graph`s and arrays flattened (one level of nesting kept),
 * and a `WebPage`'s `mainEntity`: Nature and Springer pages nest the ScholarlyArticle there
 * (https://www.nature.com/articles/s41586-021-03819-2).
 */
export function jsonLdNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Malformed JSON-LD is common (trailing commas, raw newlines): skip it.
    }
    const pending = list(data);
    while (pending.length > 0) {
      const node = asNode(pending.shift());
      if (!node) continue;
      if (node['@graph'] !== undefined)
        for (const child of list(node['@graph'])) pending.push(child);
      for (const child of list(node.mainEntity)) pending.push(child);
      if (node['@type'] !== undefined) nodes.push(node);
    }
  }
  return nodes;
}

function rank(node: Node): number {
  const names = types(node);
  if (names.some((name) => SCHOLARLY.has(name))) return 0;
  if (names.some((name) => ARTICLE.has(name))) return 1;
  if (names.some((name) => WORK.has(name))) return 2;
  return 3;
}

/** The node that describes the page's work: the most scholarly type, first in the page. */
function mainNode(nodes: Node[]): Node | undefined {
  let best: Node | undefined;
  for (const node of nodes) {
    if (rank(node) < 3 && (!best || rank(node) < rank(best))) best = node;
  }
  return best;
}

function personName(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value) || undefined;
  const node = asNode(value);
  if (!node) return undefined;
  const given = text(node.givenName);
  const family = text(node.familyName);
  if (given && family) return `${given} ${family}`;
  return text(node.name) ?? family ?? given;
}

function authors(node: Node): string[] {
  // `author` may be a list, a single object, or a JSON-LD `@list`.
  const raw = list(node.author ?? node.creator).flatMap((entry) => {
    const listed = asNode(entry)?.['@list'];
    return listed === undefined ? [entry] : list(listed);
  });
  return raw.map(personName).filter((name): name is string => Boolean(name));
}

function doiOf(node: Node): string | undefined {
  for (const value of [...list(node.identifier), ...list(node.sameAs), node.url, node['@id']]) {
    const entry = asNode(value);
    if (entry) {
      const kind = text(entry.propertyID)?.toLowerCase();
      const found = bareDoi(text(entry.value));
      if (found && (kind === 'doi' || kind === undefined)) return found.toLowerCase();
      continue;
    }
    const raw = text(value);
    // A bare identifier is a DOI only when it says so (`doi:`, a resolver URL, `10.…/…`).
    if (raw && /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/|10\.\d{4,9}\/)/i.test(raw)) {
      return bareDoi(raw)?.toLowerCase();
    }
  }
  return text(node.doi) ? bareDoi(text(node.doi))?.toLowerCase() : undefined;
}

/** Walks `isPartOf` (issue → volume → periodical) for the venue's name and numbers. */
function venueOf(node: Node, published: string | undefined): VenueFields | undefined {
  let volume: string | undefined;
  let issue: string | undefined;
  let name: string | undefined;
  let type: VenueFields['type'];
  let part = asNode(list(node.isPartOf)[0]);
  for (let depth = 0; part && depth < 4; depth += 1) {
    const kinds = types(part);
    if (kinds.includes('PublicationIssue')) issue ??= text(part.issueNumber);
    if (kinds.includes('PublicationVolume')) volume ??= text(part.volumeNumber);
    issue ??= text(part.issueNumber);
    volume ??= text(part.volumeNumber);
    const partName = text(part.name) ?? text(part.headline);
    // An issue or volume's name is not the venue's, unless it is the periodical too (Nature:
    // `"@type": ["Periodical", "PublicationVolume"], "name": "Nature", "volumeNumber": "596"`).
    const numbered = kinds.includes('PublicationIssue') || kinds.includes('PublicationVolume');
    if (partName && (!numbered || kinds.includes('Periodical'))) {
      name ??= partName;
      if (kinds.includes('Periodical')) type ??= 'journal';
      if (kinds.some((kind) => /Event|Proceedings/.test(kind))) type ??= 'conference';
    }
    part = asNode(list(part.isPartOf)[0]);
  }
  if (!name) return undefined;
  return withoutUndefined({
    name,
    type: venueType(name, type ?? 'other'),
    year: published ? Number(published.slice(0, 4)) : undefined,
    volume,
    issue,
    pages: text(node.pagination) ?? pageRange(text(node.pageStart), text(node.pageEnd)),
    publisher: text(asNode(list(node.publisher)[0])?.name) ?? text(node.publisher),
    source: 'page',
  });
}

export function jsonLdMeta(doc: Document): PageMeta {
  const nodes = jsonLdNodes(doc);
  const node = mainNode(nodes);
  const site = nodes.find((candidate) => types(candidate).includes('WebSite'));
  const siteNames = [text(site?.name)];
  if (!node) return compactMeta({ siteNames: siteNames.filter((n): n is string => !!n) });
  const published = partialDate(text(node.datePublished) ?? text(node.dateCreated));
  const venue = venueOf(node, published);
  const doi = doiOf(node);
  const abstract = text(node.abstract);
  const description = text(node.description);
  siteNames.push(text(asNode(list(node.publisher)[0])?.name));
  return compactMeta({
    title: plainText(doc, text(node.headline) ?? text(node.name)),
    authors: authors(node),
    abstract: abstract ? plainAbstract(doc, abstract) : undefined,
    description: description ? plainText(doc, description) : undefined,
    doi,
    published,
    venue,
    scholarly: rank(node) === 0 || Boolean(doi && venue),
    siteNames: siteNames.filter((name): name is string => Boolean(name)),
  });
}
