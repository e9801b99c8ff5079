/**
 * GitHub repository pages (the root, `/tree/…`, the README view) → a `repo` capture.
 *
 * Reads meta tags first (`octolytics-dimension-repository_nwo`, `og:title`), then the
 * server-rendered header and About sidebar, which GitHub still renders as HTML around its
 * React file browser (seen 2022 on github.com/steventroughtonsmith/marzipanify and 2025 on
 * current repo pages). GitHub is a single-page app (Turbo): the content script runs this at
 * request time on the current document and `location.href`, so soft navigations are fine.
 */
import { arxivPaperOfUrl } from '../arxiv/url';
import type { Capture } from '../../types';
import { cleanText as clean, metaContent } from '../generic/meta';
import { withoutUndefined } from '../../util/defined';
import type { Extractor } from '../../extractors/types';
import { embeddedRepo } from './embedded';
import { identifyGithub } from './url';

export const githubRepo: Extractor = {
  name: 'github-repo',
  // Only github.com URLs identify as `repo` (lib/identity.ts).
  matches: (url) => identifyGithub(url.href)?.kind === 'repo',
  extract(doc, url) {
    const identity = identifyGithub(url.href);
    if (!identity?.repo) return null;
    // Page marker: every repository page names its repo in this meta tag (or at least has
    // the repository header). A sign-in wall or a redesign has neither: decline.
    const nwo = metaContent(doc, 'octolytics-dimension-repository_nwo');
    if (!nwo && !hasRepoHeader(doc)) return null;

    // The meta tag spells the name as the owner does; the URL may not (`/Owner/REPO`).
    const fromUrl = `${identity.repo.owner}/${identity.repo.name}`;
    const full = nwo?.toLowerCase() === fromUrl.toLowerCase() ? nwo : fromUrl;
    const [owner = '', name = ''] = full.split('/');
    // React pages (2024 on) keep the sidebar's data in embedded JSON: read it first.
    const embedded = embeddedRepo(doc, name);
    const description = embedded.description ?? readDescription(doc, `${owner}/${name}`);
    const stars = embedded.stars ?? readStars(doc);
    const topics = embedded.topics ?? readTopics(doc);
    const homepage = embedded.homepage ?? readHomepage(doc);
    const paper = homepage ? arxivPaperOfUrl(homepage)?.arxiv : undefined;
    const capture: Capture = withoutUndefined({
      key: identity.key,
      kind: 'repo',
      url: `https://github.com/${owner}/${name}`,
      title: `${owner}/${name}`,
      pageTitle: `GitHub - ${owner}/${name}${description ? `: ${description}` : ''}`,
      description,
      repo: {
        owner,
        name,
        stars,
        topics: topics.length > 0 ? topics : undefined,
        language: embedded.language ?? readLanguage(doc),
        license: embedded.license ?? readLicense(doc),
        homepage,
      },
      // A repo whose website is its paper's arXiv page links to that paper.
      paperIds: paper ? [paper.id] : undefined,
    });
    const missing = repoMissing(capture);
    if (missing.length > 0) capture.missing = missing;
    return capture;
  },
};

/**
 * `og:title` is "owner/repo: description" (2022) or "GitHub - owner/repo: description"
 * (2023 on); a repo without a description has just the name. The About paragraph and
 * `og:description` come after: the latter is "Contribute to owner/repo development by
 * creating an account on GitHub." when there is no description, and was HTML-escaped twice
 * in 2022 (`&amp;amp;` in the source, so `&amp;` after parsing): undone for `&` only.
 */
function readDescription(doc: Document, nwo: string): string | undefined {
  const ogTitle = clean(metaContent(doc, 'og:title')).replace(/^GitHub - /, '');
  if (ogTitle.toLowerCase().startsWith(`${nwo.toLowerCase()}: `)) {
    const fromTitle = ogTitle.slice(nwo.length + 2).trim();
    if (fromTitle) return fromTitle;
  }
  const about = clean(
    // 2021 on: the About box; 2012–2016: the description line under the repo's name.
    doc.querySelector('.Layout-sidebar p.f4, .repository-description, #repository_description')
      ?.textContent,
  );
  if (about) return about;
  const ogDescription = clean(metaContent(doc, 'og:description')).replace(/&amp;/g, '&');
  if (
    !ogDescription ||
    /^Contribute to .* by creating an account on GitHub\.?$/.test(ogDescription)
  ) {
    return undefined;
  }
  // "{description} - owner/repo: {description}…" (repo root), "{description} - {path} at
  // {branch} · owner/repo" (tree and README views): the description ends at the last " - "
  // before the repo's name.
  const named = ogDescription.toLowerCase().indexOf(nwo.toLowerCase());
  const cut = named > 0 ? ogDescription.lastIndexOf(' - ', named) : -1;
  return cut > 0 ? ogDescription.slice(0, cut) : named === 0 ? undefined : ogDescription;
}

/**
 * The star button's counter shows "1.3k" but carries the exact count in `aria-label`
 * ("1255 users starred this repository") and `title` ("1,255"); the sidebar has "964 stars".
 */
function readStars(doc: Document): number | undefined {
  // Signed in, `repo-stars-counter-unstar` is a twin of this one; 2012–2021 pages have
  // `a.social-count` after the Star button, with the exact count in `aria-label` from ~2016.
  const counter =
    doc.getElementById('repo-stars-counter-star') ??
    doc.querySelector('a.social-count[href$="/stargazers"]');
  if (counter) {
    const label = /^([\d,]+)\s/.exec(counter.getAttribute('aria-label') ?? '')?.[1];
    const exact = parseCount(label) ?? parseCount(counter.getAttribute('title'));
    if (exact !== undefined) return exact;
    const shown = parseCount(counter.textContent);
    if (shown !== undefined) return shown;
  }
  return parseCount(
    doc.querySelector('a[href$="/stargazers"] strong, a[href$="/stargazers"] span.text-bold')
      ?.textContent,
  );
}

/** "964", "1,255", "1.2k", "3.4m" → a number; anything else → undefined. */
export function parseCount(text: string | null | undefined): number | undefined {
  const match = /^([\d.,]+)\s*([km])?$/i.exec(clean(text));
  if (!match?.[1]) return undefined;
  const suffix = match[2]?.toLowerCase();
  const value = suffix ? Number(match[1].replace(/,/g, '')) : Number(match[1].replace(/[,.]/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const scale = suffix === 'k' ? 1_000 : suffix === 'm' ? 1_000_000 : 1;
  return Math.round(value * scale);
}

function readTopics(doc: Document): string[] {
  const topics: string[] = [];
  for (const link of doc.querySelectorAll('a.topic-tag')) {
    const topic = clean(link.textContent);
    if (topic && !topics.includes(topic)) topics.push(topic);
  }
  return topics;
}

/**
 * `itemprop="programmingLanguage"` (older pages, search results), else the first entry of
 * the sidebar's Languages list (each links to `/owner/repo/search?l=…`).
 */
function readLanguage(doc: Document): string | undefined {
  const itemprop = clean(doc.querySelector('[itemprop="programmingLanguage"]')?.textContent);
  if (itemprop) return itemprop;
  const listed = clean(doc.querySelector('a[href*="/search?l="] span.text-bold')?.textContent);
  if (listed) return listed;
  // 2014–2019: the language bar's first entry (https://github.com/adbar/htmldate, 2019).
  return clean(doc.querySelector('.repository-lang-stats .lang')?.textContent) || undefined;
}

/** The sidebar's license link: "MIT license", "Apache-2.0 license"; "View license" is unknown. */
function readLicense(doc: Document): string | undefined {
  // 2022 on: the sidebar link names its event; 2017–2021: the link with the law icon.
  const link =
    doc.querySelector('a[data-analytics-event*="file:license"]') ??
    doc.querySelector('svg.octicon-law')?.closest('a');
  const text = clean(link?.textContent).replace(/\s+license$/i, '');
  return text && text.toLowerCase() !== 'view' ? text : undefined;
}

/** The About box's website link (beside `svg.octicon-link`; the only external link there). */
function readHomepage(doc: Document): string | undefined {
  // 2021 on: the About box; 2012–2016: the homepage line under the description.
  const link = doc.querySelector(
    '.Layout-sidebar a[role=link][target=_blank][href^=http], .repository-homepage a[href^=http]',
  );
  return link?.getAttribute('href') ?? undefined;
}

/**
 * The repository header in each markup GitHub has used: `#repository-container-header`
 * (2021 on), `.repohead` (2012–2020, e.g. https://github.com/adbar/htmldate in 2019), and the
 * 2012 title link `a.js-current-repository`.
 */
function hasRepoHeader(doc: Document): boolean {
  return Boolean(
    doc.getElementById('repository-container-header') ??
    doc.querySelector('.repohead, a.js-current-repository'),
  );
}

/** What a repo record should have and this one lacks, in the words the popup shows. */
export function repoMissing(capture: Capture): string[] {
  const repo = capture.repo;
  return [
    capture.description ? '' : 'description',
    repo?.stars === undefined ? 'stars' : '',
    repo?.language ? '' : 'language',
    repo?.license ? '' : 'license',
  ].filter(Boolean);
}
