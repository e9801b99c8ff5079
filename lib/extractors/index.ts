/**
 * Every extractor, in the order they are tried: each site's (lib/sites/index.ts) in site
 * order. The site-specific ones come first; each declines pages it does not recognise, and
 * `generic` answers for any page.
 *
 * Content scripts import only their own site's extractors (bundle size); the popup's
 * injected capture script and the CLI use this whole list.
 */
import { SITES } from '../sites/index';
import type { Extractor } from './types';

export const EXTRACTORS: Extractor[] = SITES.flatMap((site) => site.extractors);
