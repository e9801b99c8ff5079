import type { Capture } from '../types';

/**
 * One site's reader. Pure: it takes the document and URL as arguments and touches no
 * globals, so it runs the same in a content script, in unit tests and in the CLI.
 */
export interface Extractor {
  /** Short name for logs and notes: `arxiv-abs`, `github-repo`, `generic`. */
  name: string;
  /** Which URLs it takes. */
  matches(url: URL): boolean;
  /**
   * Reads the page. Returns null to decline when the page marker it relies on is missing
   * (a redesign makes it step aside rather than return garbage). Listing pages return one
   * capture per entry.
   */
  extract(doc: Document, url: URL): Capture | Capture[] | null;
}

/** What a tab answers to an `extract` request. */
export interface PageExtraction {
  /** The URL the page was read at. */
  url: string;
  /** `document.title`, for items that have nothing better. */
  title: string;
  /** Which extractor answered (`generic` as the last resort). */
  extractor: string;
  /** One capture for a single work; several on a listing page. */
  captures: Capture[];
  /** True on listing pages (arXiv /list, /new, search): the entries are choices, not the page. */
  listing: boolean;
}
