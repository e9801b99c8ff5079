/**
 * `huggingface.co/papers/{arxiv id}` → the arXiv paper's record (same `arxiv:` key as its
 * abs page), with the code repository the page links to as a code link.
 *
 * The page state is JSON in `[data-target="PaperContent"][data-props]` (`paper.title`,
 * `paper.authors[].name`, `paper.summary`, `paper.publishedAt`, `paper.githubRepo`); its
 * `og:title` is "Paper page - {title}". Its `description` meta is boilerplate.
 */
import { arxivAbsUrl } from '../arxiv/url';
import { identify } from '../../identity';
import type { Capture } from '../../types';
import { cleanText as clean, metaContent } from '../generic/meta';
import { asRecord, isHuggingFaceHost, parseProps, str } from './repo';
import type { Extractor } from '../../extractors/types';

const OG_PREFIX = 'Paper page - ';

export const huggingfacePaper: Extractor = {
  name: 'huggingface-paper',
  matches: (url) => isHuggingFaceHost(url) && url.pathname.startsWith('/papers/'),
  extract(doc, url) {
    const identity = identify(url.href);
    if (!identity?.arxiv) return null;
    const { id } = identity.arxiv;
    const element = doc.querySelector('[data-target="PaperContent"][data-props]');
    const ogTitle = metaContent(doc, 'og:title') ?? '';
    // Page marker: the paper component, or at least the paper page's own title.
    if (!element && !ogTitle.startsWith(OG_PREFIX)) return null;
    const paper = asRecord(parseProps(element?.getAttribute('data-props') ?? null)?.paper);

    const title = clean(str(paper?.title) ?? ogTitle.slice(OG_PREFIX.length));
    const capture: Capture = {
      key: identity.key,
      kind: 'paper',
      url: arxivAbsUrl(id),
      title,
      pageTitle: `[${id}] ${title}`,
      arxiv: { id },
    };
    const authors = readAuthors(paper?.authors);
    if (authors.length > 0) capture.authors = authors;
    const abstract = str(paper?.summary);
    if (abstract) capture.abstract = clean(abstract);
    const published = /^\d{4}-\d{2}-\d{2}/.exec(str(paper?.publishedAt) ?? '')?.[0];
    if (published && capture.arxiv) capture.arxiv.published = published;
    const code = codeUrl(str(paper?.githubRepo)) ?? codeUrl(linkedRepo(doc));
    if (code) capture.codeUrls = [code];

    const missing: string[] = [];
    if (!title) missing.push('title');
    if (authors.length === 0) missing.push('authors');
    if (!abstract) missing.push('abstract');
    if (missing.length > 0) capture.missing = missing;
    return capture;
  },
};

function readAuthors(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names: string[] = [];
  for (const author of value) {
    const name = str(asRecord(author)?.name);
    if (name) names.push(clean(name));
  }
  return names;
}

/** The page's "GitHub" button when the JSON has no `githubRepo`. */
function linkedRepo(doc: Document): string | undefined {
  return (
    doc.querySelector('main a[href^="https://github.com/"]')?.getAttribute('href') ?? undefined
  );
}

/** A repo URL as `https://github.com/owner/repo`; anything that is not a repo is dropped. */
function codeUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const identity = identify(href);
  return identity?.kind === 'repo' ? identity.url : undefined;
}
