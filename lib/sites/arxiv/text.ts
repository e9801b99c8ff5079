/**
 * Small pure helpers shared by the arXiv extractors and the arXiv API client.
 */
import { GITHUB_RESERVED } from '../github/url';
import type { Capture } from '../../types';
import { cleanText } from '../generic/meta';

// GitHub links as authors write them in a comments field, with or without the scheme.
const GITHUB_IN_TEXT =
  /(?:https?:\/\/)?(?:www\.)?github\.com\/[\w.-]+(?:\/[\w.-]+)?[^\s,;)\]}>"']*/gi;
const GITHUB_URL = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([\w.-]+)(?:\/([\w.-]+))?/i;

/**
 * Code links of a paper: GitHub URLs in its comments field, as repo roots when they point
 * into a repo (`…/tree/main/src` → the repo), deduplicated in order of appearance.
 * `hrefs` are the field's link targets: arXiv shortens long links to "this https URL".
 */
export function githubUrls(text: string | undefined, hrefs: string[] = []): string[] {
  const found = [...hrefs, ...[...(text ?? '').matchAll(GITHUB_IN_TEXT)].map((m) => m[0])];
  const urls: string[] = [];
  for (const raw of found) {
    const match = GITHUB_URL.exec(raw.replace(/[.,;:!?]+$/, ''));
    const owner = match?.[1];
    // GitHub's own pages (`/topics/…`, `/orgs/…`) are not owners.
    if (!owner || GITHUB_RESERVED.has(owner.toLowerCase())) continue;
    const repo = match[2]?.replace(/\.git$/, '');
    const url = `https://github.com/${owner}${repo ? `/${repo}` : ''}`;
    if (!urls.some((known) => known.toLowerCase() === url.toLowerCase())) urls.push(url);
  }
  return urls;
}

/** `Machine Learning (cs.LG)` → `cs.LG`; `cs.LG` stays; `quant-ph` too. */
export function subjectCode(text: string | null | undefined): string | undefined {
  const value = cleanText(text);
  const inParens = /\(([a-z-]+(?:\.[A-Za-z-]+)?)\)\s*$/.exec(value);
  if (inParens?.[1]) return inParens[1];
  return /^[a-z-]+(?:\.[A-Za-z-]+)?$/.test(value) ? value : undefined;
}

/** What a paper record still lacks, in the words the popup shows. */
export function paperMissing(capture: Capture): string[] {
  const missing: string[] = [];
  if (!capture.title) missing.push('title');
  if (!capture.authors?.length) missing.push('authors');
  if (!capture.abstract) missing.push('abstract');
  if (!capture.arxiv?.published) missing.push('date');
  if (!capture.arxiv?.primaryCategory) missing.push('subject');
  return missing;
}

/** Sets `missing` from what the record lacks (and drops it when nothing does). */
export function withPaperMissing(capture: Capture): Capture {
  const missing = paperMissing(capture);
  const { missing: _old, ...rest } = capture;
  return missing.length > 0 ? { ...rest, missing } : rest;
}

/**
 * A comments field as text, with arXiv's "this https URL" link labels (it shortens every
 * external link so, e.g. https://arxiv.org/abs/2301.00003) replaced by the links themselves.
 */
export function commentsText(element: Element | null | undefined, drop = '.descriptor'): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const label of copy.querySelectorAll(drop)) label.remove();
  for (const link of copy.querySelectorAll('a[href]')) {
    if (/^this https? URL$/i.test(cleanText(link.textContent))) {
      link.textContent = link.getAttribute('href') ?? '';
    }
  }
  return cleanText(copy.textContent);
}
