/**
 * The last resort: what the page shows rather than declares. Bylines marked up with
 * microdata or `rel=author`, the usual byline classes, and an abstract in an element named
 * so or under an "Abstract" heading (ACM, IEEE and NeurIPS proceedings pages, blogs).
 */
import { cleanText, partialDate, plainAbstract } from './meta';
import { compactMeta, type PageMeta } from './page-meta';

// In order of how surely they hold names: microdata, rel=author, byline classes.
const AUTHOR_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  'a[rel="author"]',
  '.byline .author',
  '.authors .author',
  '.author-name',
  '.byline a',
];

const ABSTRACT_SELECTORS = [
  '[itemprop="description"].abstract',
  'section.abstract',
  'div.abstract',
  '#abstract',
  'section[id^="abstract" i]',
  'blockquote.abstract',
];

function visibleAuthors(doc: Document): string[] {
  for (const selector of AUTHOR_SELECTORS) {
    const names = [...doc.querySelectorAll(selector)]
      // "View all posts by Daniel Lemire" (WordPress), "By Jane Doe".
      .map((element) =>
        cleanText(element.textContent).replace(
          /^(?:view (?:all )?posts by|posts by|written by|by)\s+/i,
          '',
        ),
      )
      // A name is a few words, not a paragraph.
      .filter((name) => name && name.split(' ').length <= 6 && !/[@:]/.test(name));
    if (names.length > 0) return [...new Set(names)];
  }
  return [];
}

function visibleAbstract(doc: Document): string | undefined {
  for (const selector of ABSTRACT_SELECTORS) {
    // From the markup, so headings and paragraphs stay apart ("Purpose of the Review The …").
    const text = plainAbstract(doc, doc.querySelector(selector)?.innerHTML);
    if (text.length > 40) return text;
  }
  // A heading that says "Abstract", then its following paragraph(s).
  for (const heading of doc.querySelectorAll('h2, h3, h4, strong')) {
    if (!/^\s*abstract\s*:?\s*$/i.test(heading.textContent ?? '')) continue;
    const next = heading.nextElementSibling ?? heading.parentElement?.nextElementSibling;
    const text = plainAbstract(doc, next?.innerHTML);
    if (text.length > 40) return text;
  }
  return undefined;
}

export function visibleMeta(doc: Document): PageMeta {
  // A post's own date: the first machine-readable <time> in its article (comments come later).
  const time = doc.querySelector('article time[datetime]')?.getAttribute('datetime');
  return compactMeta({
    authors: visibleAuthors(doc),
    abstract: visibleAbstract(doc),
    published: partialDate(time),
  });
}
