/**
 * Extraction outside a browser (CLI, tests, bench baselines): parse saved HTML the way a
 * browser does and run the same extractors a tab would. jsdom parses with parse5, an
 * HTML5-conformant parser, so markup before `<html>` or `<head>` (an XML declaration, a
 * comment, stray text) yields the same tree — and the same `<title>` — as in the
 * extension. Node only: content scripts must not import this file.
 *
 * jsdom is loaded on the first parse, not at import: `shelf --help` and commands that read
 * no page stay fast.
 */
import { createRequire } from 'node:module';
import { EXTRACTORS } from './index';
import { extractWith } from './run';
import type { Extractor, PageExtraction } from './types';

// The one part of jsdom's API used here (jsdom ships no types of its own).
interface JsdomModule {
  JSDOM: new (html: string, options?: { url?: string }) => { window: { document: Document } };
}
let jsdom: JsdomModule | undefined;

function loadJsdom(): JsdomModule {
  jsdom ??= createRequire(import.meta.url)('jsdom') as JsdomModule;
  return jsdom;
}

/**
 * A saved page as the document a tab would have: parsed at its URL, with no scripts run
 * and nothing fetched (jsdom's defaults).
 */
export function parseHtml(html: string, url?: string): Document {
  const { JSDOM } = loadJsdom();
  return new JSDOM(html, url ? { url } : {}).window.document;
}

export async function extractFromHtml(
  html: string,
  url: string,
  extractors: Extractor[] = EXTRACTORS,
): Promise<PageExtraction> {
  return extractWith(extractors, parseHtml(html, url), url);
}
