/**
 * A site's last extractor: any page of its hosts that its other extractors declined
 * (profiles, listings, a repo page whose markup was not recognised). The site says what
 * its tab titles end with and what its site-wide description starts with; the page keeps
 * its identity (from the canonical link), its tab title without the site's name and its
 * own description. Small on purpose: GitHub's and the Hub's content scripts carry it.
 */
import type { Extractor } from '../../extractors/types';
import { identityRecords } from '../records';
import type { Identity } from '../types';
import type { Capture } from '../../types';
import { withoutUndefined } from '../../util/defined';
import { cleanText, metaContent } from './meta';

export interface SitePageRules {
  /** The site's part of a tab title (" · GitHub"). */
  titleSuffix: RegExp;
  /** The site's description of itself, used on pages that have none of their own. */
  boilerplate: RegExp;
}

export function sitePages(
  name: string,
  hosts: ReadonlySet<string>,
  rules: SitePageRules,
  /** The site's URL rules (with the `url:` fallback): what its other extractors use. */
  identify: (href: string) => Identity | null,
): Extractor {
  return {
    name,
    matches: (url) => hosts.has(url.hostname),
    extract(doc, url) {
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      let identity = null;
      try {
        identity = canonical ? identify(new URL(canonical, url).href) : null;
      } catch {
        // A broken canonical link: the page's own URL stands in.
      }
      identity ??= identify(url.href);
      if (!identity) return null;
      const tab = cleanText(doc.title);
      const title = tab.replace(rules.titleSuffix, '');
      const description = [
        metaContent(doc, 'og:description'),
        metaContent(doc, 'description'),
      ].find((text) => text && !rules.boilerplate.test(text));
      const capture: Capture = {
        key: identity.key,
        kind: identity.kind,
        url: identity.url,
        title: title || identity.url,
        pageTitle: tab || undefined,
        description,
        ...identityRecords(identity),
        contextKey: identity.contextKey,
      };
      if (!title) capture.missing = ['title'];
      return withoutUndefined(capture);
    },
  };
}
