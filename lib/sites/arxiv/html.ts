/**
 * arXiv's HTML full text (`https://arxiv.org/html/{id}vN`, LaTeXML output; also ar5iv).
 * The page is the paper, not its metadata: the title is `h1.ltx_title_document`, the
 * authors are whatever the paper's author block says, and the id and version come from
 * the URL. Abstract, dates and subject are left for the arXiv API (lib/sites/arxiv/api.ts).
 * Seen on https://arxiv.org/html/2501.11120v1.
 */
import type { Capture } from '../../types';
import { AR5IV_HOSTS, ARXIV_HOSTS, arxivAbsUrl, arxivIdFromPath } from './url';
import { paperMissing } from './text';
import { cleanText } from '../generic/meta';
import { withoutUndefined } from '../../util/defined';
import type { Extractor } from '../../extractors/types';

// Inside an author block: affiliations, e-mails, footnotes and affiliation marks are not names.
const NOT_NAMES =
  'sup, em, .ltx_note, .ltx_contact, .ltx_role_affiliation, .ltx_role_email, .ltx_role_address';
const AFFILIATION_WORDS =
  /\b(univ\w*|institut\w*|inc|ltd|labs?|laborator\w*|college|school|department|dept|cent(?:er|re)|research|corp\w*|e-?mail)\b/i;

/**
 * Names from LaTeXML's `.ltx_personname` blocks. Templates differ: one block per author
 * (arXiv's default) or one block holding everyone, separated by line breaks, wide spaces,
 * commas or "and" (the ICML template of 2501.11120v1). Affiliation marks and footnotes
 * are dropped; what is left is split and kept when it looks like a name.
 */
export function latexmlAuthors(doc: Document): string[] {
  const names: string[] = [];
  for (const block of doc.querySelectorAll('.ltx_authors .ltx_personname, .ltx_personname')) {
    if (block.parentElement?.closest('.ltx_personname')) continue;
    const copy = block.cloneNode(true) as Element;
    for (const noise of copy.querySelectorAll(NOT_NAMES)) noise.remove();
    for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
    // Bold spans are one author each in several templates: keep them apart.
    for (const span of copy.querySelectorAll('.ltx_font_bold')) span.append('\n');
    const text = (copy.textContent ?? '').replace(/\u00a0/g, ' ');
    for (const part of text.split(/\n|\s{2,}|,|;|\band\b|&/)) {
      const name = cleanText(part)
        .replace(/[*†‡§¶∗]+$/u, '')
        .trim();
      if (looksLikeName(name) && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

function looksLikeName(text: string): boolean {
  if (!text || /[\d@:()]/.test(text) || AFFILIATION_WORDS.test(text)) return false;
  const words = text.split(' ');
  return words.length >= 1 && words.length <= 6 && /^\p{Lu}/u.test(text);
}

export const arxivHtml: Extractor = {
  name: 'arxiv-html',
  matches: (url) =>
    (ARXIV_HOSTS.has(url.hostname) || AR5IV_HOSTS.has(url.hostname)) &&
    url.pathname.startsWith('/html/'),
  extract(doc, url) {
    // `/html/{id}vN/…` (a section path or a figure after the id is allowed).
    const arxiv = arxivIdFromPath(
      url.pathname.replace(/^(\/html\/[^/]+(?:\/\d{7}[^/]*)?)\/.*$/, '$1'),
    );
    if (!arxiv) return null;
    const heading = doc.querySelector('h1.ltx_title_document');
    // Marker: LaTeXML's document title. Without it this is not a paper's full text.
    if (!heading) return null;
    const copy = heading.cloneNode(true) as Element;
    for (const note of copy.querySelectorAll('.ltx_note, .ltx_tag')) note.remove();
    // A title broken over lines (`for<br class="ltx_break">Efficient`) keeps a space there.
    for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
    const title = cleanText(copy.textContent);
    const authors = latexmlAuthors(doc);
    const capture: Capture = withoutUndefined({
      key: `arxiv:${arxiv.id}`,
      kind: 'paper',
      url: arxivAbsUrl(arxiv.id),
      title,
      pageTitle: cleanText(doc.title) || title,
      authors: authors.length > 0 ? authors : undefined,
      arxiv: {
        id: arxiv.id,
        version: arxiv.version,
        pdfUrl: `https://arxiv.org/pdf/${arxiv.id}${arxiv.version ? `v${arxiv.version}` : ''}`,
      },
    });
    return { ...capture, missing: paperMissing(capture) };
  },
};
