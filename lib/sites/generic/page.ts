/**
 * A page as a page: its identity (from the canonical link), a title that is not the
 * site's name or slogan, a description that is not the site's. The generic extractor
 * builds on it. GitHub and Hugging Face have a smaller reader of their own for their pages
 * that are not works (./site-pages.ts), which fits their content scripts' size budget.
 */
import { identify, identityRecords } from '../../identity';
import type { Capture } from '../../types';
import { withoutUndefined } from '../../util/defined';
import type { Identity } from '../types';
import { cleanText, metaContent } from './meta';
import { describesPage, pageTitle, type SiteNames, siteNames } from './title';

/** The page's canonical URL (`<link rel=canonical>`, then `og:url`), resolved against the page. */
export function canonicalUrl(doc: Document, url: URL): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'og:url'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const resolved = new URL(candidate, url);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
    } catch {
      // A broken canonical link is ignored: the page's own URL stands in.
    }
  }
  return url.href;
}

/** The work a page shows by its canonical link, else by its own URL. */
export function pageIdentityOf(doc: Document, url: URL): Identity | null {
  return identify(canonicalUrl(doc, url)) ?? identify(url.href);
}

/** The first description that describes this page, not the whole site. */
export function pageDescription(
  doc: Document,
  title: string,
  site: SiteNames,
  extra?: string,
): string | undefined {
  const candidates = [
    metaContent(doc, 'og:description'),
    metaContent(doc, 'description'),
    metaContent(doc, 'twitter:description'),
    extra,
  ];
  return candidates.find((text) => text && describesPage(text, title, site));
}

/** The plain page record: identity, title, tab title, description. */
export function pageCapture(
  doc: Document,
  url: URL,
  identity: Identity,
  site: SiteNames = siteNames(doc, url),
): Capture {
  const title = pageTitle(doc, site);
  const capture: Capture = {
    key: identity.key,
    // The identity decides the kind: a canonical link to a paper or repo makes this a
    // stub of that work (its site extractor declined the page), anything else is a page.
    kind: identity.kind,
    url: identity.url,
    title: title || identity.url,
    pageTitle: cleanText(doc.title) || undefined,
    description: pageDescription(doc, title, site),
    ...identityRecords(identity),
    contextKey: identity.contextKey,
  };
  if (!title) capture.missing = ['title'];
  return withoutUndefined(capture);
}
