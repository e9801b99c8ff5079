/**
 * Runs an ordered list of extractors over a page: the first that takes the URL and finds
 * its marker answers; `generic` (last in every list) answers for anything else.
 */
import type { Capture } from '../types';
import type { Extractor, PageExtraction } from './types';

export function extractWith(extractors: Extractor[], doc: Document, href: string): PageExtraction {
  const url = new URL(href);
  for (const extractor of extractors) {
    if (!extractor.matches(url)) continue;
    let result: Capture | Capture[] | null;
    try {
      result = extractor.extract(doc, url);
    } catch (error) {
      // A page that breaks one extractor falls through to the next (finally `generic`).
      console.debug(`[paper-shelf] ${extractor.name} failed`, error);
      continue;
    }
    if (result === null) continue;
    return {
      url: href,
      title: doc.title,
      extractor: extractor.name,
      captures: Array.isArray(result) ? result : [result],
      listing: Array.isArray(result),
    };
  }
  return { url: href, title: doc.title, extractor: 'none', captures: [], listing: false };
}
