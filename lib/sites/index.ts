/**
 * The sites, in the order their extractors are tried: the specific ones first, `generic`
 * (any page) last. Adding a site is a folder in lib/sites/ plus a line here (and its URL
 * rules' line in lib/identity.ts, which content scripts carry without the rest, its API
 * source's line in ./sources.ts, which the page-capture script does without, and its record
 * rules' line in ./field-rules.ts, which the store and search do without).
 */
import { acl } from './acl/index';
import { alphaxiv } from './alphaxiv/index';
import { arxiv } from './arxiv/index';
import { biorxiv } from './biorxiv/index';
import { generic } from './generic/index';
import { github } from './github/index';
import { huggingface } from './huggingface/index';
import { neurips } from './neurips/index';
import { openreview } from './openreview/index';
import { pmlr } from './pmlr/index';
import { semanticscholar } from './semanticscholar/index';
import type { Site } from './types';

export const SITES: Site[] = [
  arxiv,
  github,
  huggingface,
  openreview,
  acl,
  pmlr,
  neurips,
  biorxiv,
  semanticscholar,
  alphaxiv,
  generic,
];
