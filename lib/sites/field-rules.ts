/**
 * Every site's own record rules (backup, merge, search, tab titles), in site order, without
 * the sites' extractors: the store, search and backup read records, never pages, and the
 * popup's store code would otherwise carry every site's page parser (~60 KB).
 * A site with `fields` is listed here too; a test holds this list to `SITES`.
 */
import { arxivFields } from './arxiv/fields';
import { githubFields } from './github/fields';
import { huggingfaceFields } from './huggingface/fields';
import type { FieldRules } from './types';

export const FIELD_RULES: FieldRules[] = [arxivFields, githubFields, huggingfaceFields];
