/**
 * Titles and descriptions a person would recognise as the work's, not the site's: a site
 * name after a separator (" | eLife", " - IEEE Xplore", " · GitHub"), a proceedings
 * volume (" | Proceedings of …"), a slogan in `og:title` ("Build software better,
 * together"), a description of the whole site ("GitHub is where people build software").
 *
 * Structural, not a list of sites: a segment is the site's when it matches what the page
 * says about its site (og:site_name, application-name, the publisher, the venue, a short
 * logo heading) or the host name itself.
 */
import { cleanText, metaContent } from './meta';

/** What a page says about the site it is on. */
export interface SiteNames {
  /** Normalised names: `og:site_name`, `application-name`, publisher, venue, logo heading. */
  names: string[];
  /** Host labels of four letters or more (`ieeexplore`, `springer`, `github`). */
  hostLabels: string[];
  /** The host labels joined (`ieeexploreieee`): a segment inside it is the host's name. */
  hostJoined: string;
}

// Title separators: a spaced bar, dash, bullet or arrow.
const TRAILING = /^(.*\S)\s+(?:\||-|–|—|·|•|::|»|\/\/)\s+(.+)$/s;
const LEADING = /^(.+?)\s+(?:\||-|–|—|·|•|::|»|\/\/)\s+(.*\S)$/s;
const COMMON_LABELS = new Set(['www', 'com', 'org', 'net', 'edu', 'gov', 'html', 'blog', 'home']);

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function siteNames(doc: Document, url: URL, extra: (string | undefined)[] = []): SiteNames {
  const names = [
    metaContent(doc, 'og:site_name', 'application-name', 'apple-mobile-web-app-title'),
    logoHeading(doc),
    ...extra,
  ]
    .map((name) => normalise(name ?? ''))
    .filter((name) => name.length >= 3);
  const labels = url.hostname
    .split('.')
    .filter((label) => !COMMON_LABELS.has(label) && label.length > 2);
  return {
    names,
    hostLabels: labels.filter((label) => label.length >= 4),
    hostJoined: labels.join(''),
  };
}

/**
 * A heading that is the site's logo, not the page's title: one that the tab title names
 * as a segment of its own after the first (`<h1>PubMed</h1>` on "… - PubMed - NCBI"). A
 * page's only heading, not a link, is its title even so: "The Gradient | Why Transformers
 * Need Adam" puts the site first (https://thegradient.pub/…).
 */
function logoHeading(doc: Document): string | undefined {
  const segments = cleanText(doc.title)
    .split(/\s+(?:\||-|–|—|·|•|::|»|\/\/)\s+/)
    .slice(1)
    .map(normalise);
  const headings = doc.querySelectorAll('h1');
  for (const heading of headings) {
    if (headings.length === 1 && !heading.querySelector('a')) break;
    const text = cleanText(heading.textContent);
    if (text && segments.includes(normalise(text))) return text;
  }
  return undefined;
}

/** True when a title segment names the site (or its proceedings), not the work. */
export function isSiteSegment(segment: string, site: SiteNames): boolean {
  const text = normalise(segment);
  if (text.length < 2) return true;
  if (/^proceedingsof/.test(text)) return true;
  if (site.names.includes(text)) return true;
  if (text.length >= 3 && site.hostJoined.includes(text)) return true;
  // "SpringerLink" on link.springer.com, "Daniel Lemire's blog" on lemire.me.
  return site.hostLabels.some((label) => text.includes(label) && text.length <= label.length + 16);
}

/**
 * The title without the site's part: a trailing site segment is dropped (repeatedly:
 * " - PubMed - NCBI"); failing that, a leading one ("Gregory Szorc's Digital Home | …").
 */
export function stripSiteParts(title: string, site: SiteNames): string {
  let text = cleanText(title);
  let stripped = false;
  for (let match = TRAILING.exec(text); match; match = TRAILING.exec(text)) {
    if (!match[1] || !match[2] || !isSiteSegment(match[2], site)) break;
    text = match[1];
    stripped = true;
  }
  if (!stripped) {
    const match = LEADING.exec(text);
    if (match?.[1] && match[2] && isSiteSegment(match[1], site)) text = match[2];
  }
  return text;
}

/**
 * A page title from `og:title`/`twitter:title` and `<title>`: the social title unless it is
 * a slogan (it appears neither in the tab title nor as the page heading), else the tab
 * title without the site's part.
 */
export function pageTitle(doc: Document, site: SiteNames): string {
  const tab = cleanText(doc.title);
  const heading = normalise(cleanText(doc.querySelector('h1')?.textContent));
  for (const social of [metaContent(doc, 'og:title'), metaContent(doc, 'twitter:title')]) {
    // Absent, or only the site's name (`twitter:title` "GitHub").
    if (!social || isSiteSegment(social, site)) continue;
    const text = normalise(social);
    if (!tab || normalise(tab).includes(text) || text === heading) {
      return stripSiteParts(social, site) || social;
    }
  }
  return untruncated(doc, stripSiteParts(tab, site));
}

/**
 * A tab title cut short ("Evolutionary trees from DNA sequences: a maximum ... [J Mol
 * Evol. 1981]") is replaced by the page heading it is the start of.
 */
function untruncated(doc: Document, title: string): string {
  const cut = /^(.{12,}?)\s*(?:\.\.\.|…)/.exec(title);
  if (!cut?.[1]) return title;
  const start = cut[1];
  for (const heading of doc.querySelectorAll('h1')) {
    const text = cleanText(heading.textContent);
    if (text.startsWith(start) && text.length > start.length) return text;
  }
  return title;
}

/** False for a name that is the site's account (`pubmeddev`), not a person. */
export function isPersonName(name: string, site: SiteNames): boolean {
  if (/\s/.test(name.trim())) return true;
  const text = normalise(name);
  return (
    !site.names.some((n) => text.includes(n)) && !site.hostLabels.some((l) => text.includes(l))
  );
}

// Common words of five letters or more, which say nothing about a page's subject.
const FILLER = new Set([
  'about',
  'after',
  'their',
  'there',
  'these',
  'those',
  'which',
  'where',
  'other',
  'while',
]);

/** Content words (five letters or more), for comparing a description with a title. */
function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !FILLER.has(w)));
}

/**
 * False for a description of the whole site rather than the page: one that names the site
 * but shares no word (besides the site's name) with the title.
 */
export function describesPage(description: string, title: string, site: SiteNames): boolean {
  const text = normalise(description);
  const namesSite =
    site.names.some((name) => name.length >= 4 && text.includes(name)) ||
    site.hostLabels.some((label) => text.includes(label));
  if (!namesSite) return true;
  const titleWords = words(title);
  return [...words(description)].some((word) => titleWords.has(word) && !isSiteWord(word, site));
}

/** A word that is (part of) the site's name: "github", "digital" of "Example Digital Library". */
function isSiteWord(word: string, site: SiteNames): boolean {
  const text = normalise(word);
  return (
    site.names.some((name) => name.includes(text)) ||
    site.hostLabels.some((label) => label.includes(text))
  );
}
