/**
 * Hugging Face pages that are not a repo or a paper but still worth a reading-list entry:
 * blog posts (`/blog/{slug}`, community posts `/blog/{user}/{slug}`), collections
 * (`/collections/{owner}/{slug}`) and pages inside a repo (discussions, commits), which
 * keep the repo's key as their context. Each is a `page` item with title and author.
 */
import { identify } from '../../identity';
import type { Capture } from '../../types';
import { cleanText as clean, metaContent } from '../generic/meta';
import { isHuggingFaceHost } from './repo';
import type { Extractor } from '../../extractors/types';

// HF's tab-title suffixes: " - Hugging Face" (blog), " - a {owner} Collection" (collections).
const TITLE_SUFFIX = / - (?:Hugging Face|a [\w.-]+ Collection)$/;

export const huggingfacePage: Extractor = {
  name: 'huggingface-page',
  matches(url) {
    if (!isHuggingFaceHost(url)) return false;
    const [first] = url.pathname.split('/').filter(Boolean);
    return first === 'blog' || first === 'collections' || Boolean(identify(url.href)?.contextKey);
  },
  extract(doc, url) {
    const identity = identify(url.href);
    if (!identity) return null;
    const segments = url.pathname.split('/').filter(Boolean);
    const [first, second, third] = segments;
    // Blog and collection indexes are not items.
    if ((first === 'blog' || first === 'collections') && !second) return null;
    // Page marker: a title (`og:title`, else `<title>`); without one there is nothing to file.
    const ogTitle = metaContent(doc, 'og:title');
    const title = clean((ogTitle ?? doc.title).replace(TITLE_SUFFIX, ''));
    if (!title) return null;

    const capture: Capture = { key: identity.key, kind: 'page', url: identity.url, title };
    const docTitle = clean(doc.title);
    if (docTitle) capture.pageTitle = docTitle;
    if (identity.contextKey) capture.contextKey = identity.contextKey;
    const description = metaContent(doc, 'og:description');
    // The site-wide slogan is not a description of this page.
    if (description && !description.startsWith('We’re on a journey')) {
      capture.description = clean(description);
    }
    const author =
      metaContent(doc, 'author', 'article:author') ??
      // Community posts and collections carry their owner in the path.
      ((first === 'blog' && third) || first === 'collections' ? second : undefined);
    if (author) capture.authors = [clean(author)];
    else if (first === 'blog') capture.missing = ['authors'];
    return capture;
  },
};
