/**
 * arXiv abstract pages: `https://arxiv.org/abs/{id}[vN]` (also export.arxiv.org).
 *
 * The `citation_*` meta tags come first; the page body (`#abs`: title, authors, abstract,
 * the metadata table with comments / subjects / DOI, the submission history) fills what
 * they lack. Seen on https://arxiv.org/abs/2106.09608v2 (2021) and the 2024–25 markup.
 */
import type { Capture } from '../../types';
import { commentsText, githubUrls, subjectCode, withPaperMissing } from './text';
import { ARXIV_HOSTS, arxivAbsUrl, arxivIdFromDoi, arxivIdFromPath, parseArxivId } from './url';
import {
  bareDoi,
  cleanText,
  isoDate,
  metaContent,
  metaContents,
  personName,
} from '../generic/meta';
import { withoutUndefined } from '../../util/defined';
import type { Extractor } from '../../extractors/types';

/** Text of an element without its `<span class="descriptor">Title:</span>` label. */
function bodyText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const label of copy.querySelectorAll('.descriptor')) label.remove();
  return cleanText(copy.textContent);
}

/**
 * The date of version `n` from the submission history ("[v2] Wed, 20 Oct 2021 17:56:01
 * UTC (403 KB)"); the last entry when `n` is undefined.
 */
function historyDate(doc: Document, n?: number): string | undefined {
  const history = cleanText(doc.querySelector('.submission-history')?.textContent);
  const entries = [...history.matchAll(/\[v(\d+)\]\s*([^()[\]]+?)\s*(?:\(|\[|$)/g)];
  const entry = n === undefined ? entries.at(-1) : entries.find((e) => Number(e[1]) === n);
  return isoDate(entry?.[2]);
}

/** "(this version, v2)" in the dateline, or the "arXiv:2106.09608v2 … for this version" cell. */
function versionFromBody(doc: Document): number | undefined {
  const dateline = cleanText(doc.querySelector('.dateline')?.textContent);
  const fromDateline = /this version, v(\d+)/.exec(dateline)?.[1];
  if (fromDateline) return Number(fromDateline);
  const cell = cleanText(doc.querySelector('.arxividv')?.textContent);
  const fromCell = /arXiv:\S+?v(\d+)/.exec(cell)?.[1];
  return fromCell ? Number(fromCell) : undefined;
}

/** The journal DOI: the metadata table's DOI cell or `citation_doi`, never arXiv's DataCite one. */
function journalDoi(doc: Document): string | undefined {
  const candidates = [
    bareDoi(doc.querySelector('td.doi a')?.getAttribute('href')),
    bareDoi(doc.querySelector('td.doi')?.textContent),
    bareDoi(metaContent(doc, 'citation_doi')),
  ];
  // 10.48550/arXiv.{id} only restates the id (it is derived from it), so it is not kept.
  return candidates.find((doi) => doi && !arxivIdFromDoi(doi));
}

function pdfUrl(doc: Document, url: URL, id: string, version?: number): string {
  const meta = metaContent(doc, 'citation_pdf_url');
  if (meta) return meta;
  const link = doc
    .querySelector('a.download-pdf, a.mobile-submission-download')
    ?.getAttribute('href');
  if (link) return new URL(link, url).href;
  return `https://arxiv.org/pdf/${id}${version ? `v${version}` : ''}`;
}

export const arxivAbs: Extractor = {
  name: 'arxiv-abs',
  matches: (url) => ARXIV_HOSTS.has(url.hostname) && url.pathname.startsWith('/abs/'),
  extract(doc, url) {
    const fromUrl = arxivIdFromPath(url.pathname);
    if (!fromUrl) return null;
    const metaId = metaContent(doc, 'citation_arxiv_id');
    // Page marker: the citation tags or the abstract block. Anything else (an error page,
    // a redesign) is left to the next extractor (`generic`, or arxiv-fallback in the tab).
    if (!metaId && !doc.querySelector('meta[name="citation_title"], #abs, .abs, h1.title'))
      return null;

    const notes: string[] = [];
    // The URL names the paper the user is looking at; a meta tag that disagrees is reported.
    const metaParsed = metaId ? parseArxivId(metaId) : null;
    if (metaParsed && metaParsed.id !== fromUrl.id) {
      notes.push(
        `page says arXiv:${metaParsed.id} but the URL is arXiv:${fromUrl.id}; kept the URL's`,
      );
    }
    const ogParsed = parseArxivId(metaContent(doc, 'og:url')?.split('/abs/')[1] ?? '');
    const version =
      fromUrl.version ??
      (ogParsed?.id === fromUrl.id ? ogParsed.version : undefined) ??
      versionFromBody(doc);
    const id = fromUrl.id;

    const title =
      metaContent(doc, 'citation_title') ??
      (bodyText(doc.querySelector('h1.title')) ||
        metaContent(doc, 'og:title') ||
        cleanText(doc.title).replace(/^\[[^\]]+\]\s*/, ''));
    const metaAuthors = metaContents(doc, 'citation_author').map(personName);
    const authors =
      metaAuthors.length > 0
        ? metaAuthors
        : [...doc.querySelectorAll('.authors a')].map((a) => cleanText(a.textContent));
    const commentsCell = doc.querySelector('td.comments');
    const comments = commentsText(commentsCell) || undefined;
    const hrefs = [...(commentsCell?.querySelectorAll('a[href]') ?? [])].map(
      (a) => a.getAttribute('href') ?? '',
    );
    const subject = doc.querySelector('.primary-subject')?.textContent;
    const abstract =
      metaContent(doc, 'citation_abstract') ??
      (bodyText(doc.querySelector('blockquote.abstract')) || undefined);

    const capture: Capture = {
      key: `arxiv:${id}`,
      kind: 'paper',
      url: arxivAbsUrl(id),
      title,
      pageTitle: cleanText(doc.title) || (title ? `[${id}] ${title}` : undefined),
      authors: authors.filter(Boolean),
      abstract,
      arxiv: {
        id,
        version,
        published:
          isoDate(metaContent(doc, 'citation_date')) ?? historyDate(doc, 1) ?? submittedOn(doc),
        updated:
          (version ? historyDate(doc, version) : historyDate(doc)) ??
          isoDate(metaContent(doc, 'citation_online_date')),
        pdfUrl: pdfUrl(doc, url, id, version),
        primaryCategory: subjectCode(subject),
        comments,
        doi: journalDoi(doc),
      },
    };
    // The journal DOI is the work's DOI too (Capture.doi); arXiv's own is derived (./doi.ts).
    if (capture.arxiv?.doi) capture.doi = capture.arxiv.doi.toLowerCase();
    const code = githubUrls(comments, hrefs);
    if (code.length > 0) capture.codeUrls = code;
    if (!capture.authors?.length) delete capture.authors;
    if (notes.length > 0) capture.notes = notes;
    return withPaperMissing(withoutUndefined(capture));
  },
};

/** "[Submitted on 17 Jun 2021 (v1), …]": the first version's date when the history is absent. */
function submittedOn(doc: Document): string | undefined {
  const dateline = cleanText(doc.querySelector('.dateline')?.textContent);
  const match = /Submitted on ([^(),\]]+)/.exec(dateline);
  return isoDate(match?.[1]);
}
