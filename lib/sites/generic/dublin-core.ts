/**
 * The older and looser vocabularies, read after citation_* and JSON-LD: Dublin Core
 * (`dc.*`, `DC.*`, `dcterms.*`), PRISM (`prism.*`), `meta name=author` and Open Graph's
 * article tags (`article:author`, `article:published_time`). Names are matched in both
 * cases the pages use; meta `name` values are case-sensitive in selectors.
 */
import type { VenueFields } from '../../types';
import { withoutUndefined } from '../../util/defined';
import {
  bareDoi,
  cleanText,
  metaContent,
  metaContents,
  partialDate,
  personName,
  plainAbstract,
  plainText,
} from './meta';
import { compactMeta, type PageMeta, pageRange, venueType } from './page-meta';

/** The spellings pages use: `dc.title`, `DC.title`, `DC.Title`, `dcterms.title`. */
function dcNames(term: string): string[] {
  const capital = term.charAt(0).toUpperCase() + term.slice(1);
  return ['dc', 'DC', 'dcterms', 'DCTERMS'].flatMap((prefix) => [
    `${prefix}.${term}`,
    `${prefix}.${capital}`,
  ]);
}

function dc(doc: Document, term: string): string | undefined {
  return metaContent(doc, ...dcNames(term));
}

function dcAll(doc: Document, term: string): string[] {
  for (const name of dcNames(term)) {
    const values = metaContents(doc, name);
    if (values.length > 0) return values;
  }
  return [];
}

function prism(doc: Document, term: string): string | undefined {
  return metaContent(doc, `prism.${term}`, `PRISM.${term}`);
}

const URL_LIKE = /^(?:https?:)?\/\//i;

/** `meta name=author` as people write it: one name, or several split by `;` or ` and `. */
function metaAuthors(doc: Document): string[] {
  const values = metaContents(doc, 'author').filter((value) => !URL_LIKE.test(value));
  const names = values.length === 1 ? (values[0] ?? '').split(/\s*;\s*|\s+and\s+|\s*&\s*/) : values;
  return names.map(personName).filter(Boolean);
}

function dcDoi(doc: Document): string | undefined {
  const direct = prism(doc, 'doi') ?? metaContent(doc, 'citation_doi');
  if (direct) return bareDoi(direct)?.toLowerCase();
  for (const identifier of dcAll(doc, 'identifier')) {
    if (/^(?:doi:|info:doi\/|https?:\/\/(?:dx\.)?doi\.org\/|10\.\d{4,9}\/)/i.test(identifier)) {
      return bareDoi(identifier.replace(/^info:doi\//i, ''))?.toLowerCase();
    }
  }
  return undefined;
}

function prismVenue(doc: Document, published: string | undefined): VenueFields | undefined {
  const name = prism(doc, 'publicationName') ?? dc(doc, 'source');
  if (!name) return undefined;
  return withoutUndefined({
    name,
    type: venueType(name, 'journal'),
    year: published ? Number(published.slice(0, 4)) : undefined,
    volume: prism(doc, 'volume'),
    issue: prism(doc, 'number') ?? prism(doc, 'issueIdentifier'),
    pages: pageRange(prism(doc, 'startingPage'), prism(doc, 'endingPage')),
    publisher: dc(doc, 'publisher'),
    source: 'page',
  });
}

export function dublinCoreMeta(doc: Document): PageMeta {
  // eLife lists its authors as `dc.contributor`.
  const creators =
    dcAll(doc, 'creator').length > 0 ? dcAll(doc, 'creator') : dcAll(doc, 'contributor');
  const published = partialDate(
    prism(doc, 'publicationDate') ??
      dc(doc, 'issued') ??
      dc(doc, 'date') ??
      metaContent(doc, 'article:published_time'),
  );
  const doi = dcDoi(doc);
  const venue = prismVenue(doc, published);
  const articleAuthors = metaContents(doc, 'article:author').filter((v) => !URL_LIKE.test(v));
  const abstract = dc(doc, 'abstract');
  const description = dc(doc, 'description');
  return compactMeta({
    title: plainText(doc, dc(doc, 'title')),
    authors: (creators.length > 0
      ? creators.map(personName)
      : articleAuthors.length > 0
        ? articleAuthors.map(cleanText)
        : metaAuthors(doc)
    ).filter(Boolean),
    abstract: abstract ? plainAbstract(doc, abstract) : undefined,
    description: description ? plainText(doc, description) : undefined,
    doi,
    published,
    venue,
    scholarly: Boolean(doi && (venue || creators.length > 0)),
    siteNames: [dc(doc, 'publisher'), venue?.name].filter((n): n is string => Boolean(n)),
  });
}
