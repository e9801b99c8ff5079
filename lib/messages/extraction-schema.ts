/**
 * A tab's answer to `extract` (from its content script, or the injected extract-page.js)
 * as the popup and the background accept it. The page's world wrote what the extractors
 * read, so each capture is checked on its own: a bad one is dropped, the good ones stay.
 */
import * as v from 'valibot';
import type { PageExtraction } from '../extractors/types';
import { captureSchema, webUrlSchema } from './capture-schema';

const envelope = v.object({
  // The page the tab shows: a capture made from it alone must be a web page too.
  url: webUrlSchema,
  title: v.pipe(v.string(), v.maxLength(100_000)),
  extractor: v.pipe(v.string(), v.maxLength(200)),
  captures: v.pipe(v.array(v.unknown()), v.maxLength(10_000)),
  listing: v.boolean(),
});

/** The extraction with its valid captures, or null when it is not one at all. */
export function checkExtraction(value: unknown): PageExtraction | null {
  const checked = v.safeParse(envelope, value);
  if (!checked.success) return null;
  const captures = checked.output.captures.flatMap((capture) => {
    const one = v.safeParse(captureSchema, capture);
    return one.success ? [one.output] : [];
  });
  return { ...checked.output, captures };
}
