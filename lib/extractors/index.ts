/**
 * Every extractor, in the order they are tried. The site-specific ones come first; each
 * declines pages it does not recognise, and `generic` answers for any page.
 *
 * Content scripts import only their own site's extractors (bundle size); the popup's
 * injected capture script and the CLI use this whole list.
 */
import { arxivAbs } from './arxiv-abs';
import { arxivHtml } from './arxiv-html';
import { arxivListing } from './arxiv-listing';
import { generic } from './generic';
import { githubPage } from './github-page';
import { githubRepo } from './github-repo';
import { huggingfaceRepo } from './huggingface';
import { huggingfacePage } from './huggingface-page';
import { huggingfacePaper } from './huggingface-paper';
import type { Extractor } from './types';

export const EXTRACTORS: Extractor[] = [
  arxivAbs,
  arxivHtml,
  arxivListing,
  githubRepo,
  githubPage,
  huggingfacePaper,
  huggingfaceRepo,
  huggingfacePage,
  generic,
];
