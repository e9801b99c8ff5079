/**
 * The sites, in the order their extractors are tried: the specific ones first, `generic`
 * (any page) last. Adding a site is a folder in lib/sites/ plus a line here (and its URL
 * rules' line in lib/identity.ts, which content scripts carry without the rest).
 */
import { arxiv } from './arxiv/index';
import { generic } from './generic/index';
import { github } from './github/index';
import { huggingface } from './huggingface/index';
import type { FieldRules, Site } from './types';

export const SITES: Site[] = [arxiv, github, huggingface, generic];

/** Every site's own record rules (backup, merge, search, tab titles), in site order. */
export const FIELD_RULES: FieldRules[] = SITES.flatMap((site) =>
  site.fields ? [site.fields] : [],
);
