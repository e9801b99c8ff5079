/**
 * The shape of a `Capture` as it crosses a boundary (a message from a content script or an
 * extension page, a tab's extraction). Checked with valibot where it arrives: a record
 * that fails is refused whole, and unknown fields are dropped (a capture cannot smuggle a
 * record's `note` or `topicIds` into the store). Limits are generous for real pages and
 * keep a forged message from filling the disk.
 */
import * as v from 'valibot';
import { ITEM_KINDS } from '../item-kinds';
import type { Capture } from '../types';
import { isWebUrl } from '../web-url';

const LONG_TEXT = 200_000;
const SHORT_TEXT = 4_000;
const MANY = 10_000;

const text = (max = SHORT_TEXT) => v.pipe(v.string(), v.maxLength(max));
const name = v.pipe(v.string(), v.nonEmpty(), v.maxLength(SHORT_TEXT));
const texts = v.pipe(v.array(text()), v.maxLength(MANY));
const count = v.pipe(v.number(), v.finite(), v.minValue(0));

/** A link Paper Shelf may store: http(s) only. */
export const webUrlSchema = v.pipe(
  v.string(),
  v.maxLength(8_192),
  v.check(isWebUrl, 'must be an http(s) URL'),
);

/** `arxiv:2106.09608`, `github:owner/repo`, `hf:model:…`, `url:…`: a scheme, then the id. */
export const identityKeySchema = v.pipe(
  v.string(),
  v.maxLength(8_192),
  v.regex(/^[a-z][a-z0-9-]*:\S/, 'must be an identity key such as arxiv:2106.09608'),
);

export const itemKindSchema = v.picklist(ITEM_KINDS);

// ---- the sites' own fields (one schema per site, moved with the site's folder) ----

export const arxivFieldsSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  published: v.optional(text(100)),
  updated: v.optional(text(100)),
  pdfUrl: v.optional(webUrlSchema),
  primaryCategory: v.optional(text(100)),
  comments: v.optional(text(LONG_TEXT)),
  doi: v.optional(text()),
});

export const repoFieldsSchema = v.object({
  owner: name,
  name,
  stars: v.optional(count),
  topics: v.optional(texts),
  language: v.optional(text()),
  license: v.optional(text()),
  homepage: v.optional(text(8_192)),
});

export const hubFieldsSchema = v.object({
  type: v.picklist(['model', 'dataset', 'space']),
  id: name,
  owner: text(),
  likes: v.optional(count),
  downloads: v.optional(count),
  pipelineTag: v.optional(text()),
  license: v.optional(text()),
  library: v.optional(text()),
  sdk: v.optional(text()),
});

export const venueFieldsSchema = v.object({
  name: text(),
  type: v.optional(v.picklist(['conference', 'journal', 'workshop', 'other'])),
  year: v.optional(v.pipe(v.number(), v.integer())),
  volume: v.optional(text()),
  issue: v.optional(text()),
  pages: v.optional(text()),
  publisher: v.optional(text()),
  source: v.optional(text()),
});

// ---- the capture ----

export const captureSchema: v.GenericSchema<unknown, Capture> = v.pipe(
  v.object({
    key: identityKeySchema,
    kind: itemKindSchema,
    url: v.pipe(v.string(), v.maxLength(8_192)),
    title: text(LONG_TEXT),
    pageTitle: v.optional(text(LONG_TEXT)),
    authors: v.optional(texts),
    abstract: v.optional(text(LONG_TEXT)),
    description: v.optional(text(LONG_TEXT)),
    arxiv: v.optional(arxivFieldsSchema),
    repo: v.optional(repoFieldsSchema),
    hub: v.optional(hubFieldsSchema),
    doi: v.optional(text()),
    published: v.optional(text(100)),
    venue: v.optional(venueFieldsSchema),
    citations: v.optional(v.object({ count, checkedAt: text(100) })),
    codeUrls: v.optional(v.pipe(v.array(webUrlSchema), v.maxLength(MANY))),
    paperIds: v.optional(texts),
    contextKey: v.optional(identityKeySchema),
    missing: v.optional(texts),
    notes: v.optional(texts),
  }),
  // A work's URL is a web page; only an imported wiki entry (`title:` key) has none.
  v.forward(
    v.check(
      (capture) => isWebUrl(capture.url) || (capture.key.startsWith('title:') && !capture.url),
      'must be an http(s) URL',
    ),
    ['url'],
  ),
);
