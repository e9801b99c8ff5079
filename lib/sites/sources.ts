/**
 * Every site's API sources, in site order (lib/sites/index.ts): what fills a capture's gaps
 * after the save (lib/sources/index.ts). Kept apart from the sites' extractors, as the URL
 * rules are (lib/identity.ts): the page-capture script (extract-page.js) carries every
 * extractor, and must not carry the API clients and the BibTeX parser with them.
 */
import type { Source } from '../sources/types';
import { aclSource } from './acl/source';
import { arxivSource } from './arxiv/source';
import { rxivSource } from './biorxiv/source';
import { crossrefSource } from './doi/source';
import { githubSource } from './github/api';
import { huggingfaceSource } from './huggingface/api';
import { neuripsSource } from './neurips/source';
import { openreviewSource } from './openreview/source';
import { pmlrSource } from './pmlr/source';
import { publishedVersionSource } from './semanticscholar/source';

export const SITE_SOURCES: Source[] = [
  arxivSource,
  githubSource,
  huggingfaceSource,
  openreviewSource,
  aclSource,
  pmlrSource,
  neuripsSource,
  rxivSource,
  publishedVersionSource,
  // After the sites that know their own DOIs (ACL, bioRxiv): Crossref for any other DOI.
  crossrefSource,
];
