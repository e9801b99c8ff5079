/**
 * Extraction outside a browser (CLI, tests, bench baselines): parse saved HTML with
 * linkedom and run the same extractors a tab would. Node only — content scripts must not
 * import this file (linkedom would blow their size budget).
 */
import { DOMParser } from 'linkedom';
import { EXTRACTORS } from './index';
import { extractWith } from './run';
import type { Extractor, PageExtraction } from './types';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export async function extractFromHtml(
  html: string,
  url: string,
  extractors: Extractor[] = EXTRACTORS,
): Promise<PageExtraction> {
  return extractWith(extractors, parseHtml(html), url);
}
