/**
 * arXiv: abstract pages, LaTeXML full texts, listings and search results; the arXiv API
 * fills what a PDF or a bare id lacks. URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { arxivAbs } from './abs';
import { arxivFields } from './fields';
import { arxivHtml } from './html';
import { arxivListing } from './listing';

export const arxiv: Site = {
  name: 'arxiv',
  extractors: [arxivAbs, arxivHtml, arxivListing],
  fields: arxivFields,
};
