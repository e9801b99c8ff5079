/**
 * The preview's HTML: marked renders the Markdown, DOMPurify removes everything that could
 * run (script, on* handlers, javascript: URLs, forms, frames). Lists hold titles and notes
 * from web pages and other people's files: nothing of theirs may execute here.
 *
 * Nor may it call out (issue 12.9): the extension's CSP allows images only from the extension
 * and `data:` URLs, and here every image from elsewhere becomes a placeholder naming it, so
 * the page never even asks. Asked to load them ("Load images from the web"), the preview
 * fetches them itself (remote-images.ts) and shows them as `data:` URLs, which the CSP allows:
 * the requests are made on the user's word, not by whoever wrote the file.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export interface Preview {
  html: string;
  /** Remote image URLs the Markdown shows, in order, each once. */
  remote: string[];
}

/** Tags that could fetch something themselves (media, SVG references) go with the rest. */
const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'image',
  'use',
  'feimage',
];
const FORBID_ATTR = ['style', 'srcset', 'poster', 'background', 'xlink:href'];

/**
 * `loaded` maps remote image URLs to the `data:` URLs fetched for them; an image not in it
 * is shown as a placeholder with its text and address.
 */
export function renderPreview(
  markdown: string,
  window: Window & typeof globalThis,
  loaded: ReadonlyMap<string, string> = new Map(),
): Preview {
  const purify = DOMPurify(window);
  // Links open in a new tab: following one must not navigate the library away.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noreferrer noopener');
    }
  });
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  const fragment = purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment;
  const remote = new Set<string>();
  for (const image of Array.from(fragment.querySelectorAll('img'))) {
    const src = image.getAttribute('src') ?? '';
    if (src.startsWith('data:')) continue;
    const data = loaded.get(src);
    if (data) {
      image.setAttribute('src', data);
      remote.add(src);
      continue;
    }
    if (/^https?:/i.test(src)) remote.add(src);
    image.replaceWith(placeholder(window.document, image.getAttribute('alt') ?? '', src));
  }
  const holder = window.document.createElement('div');
  holder.append(fragment);
  return { html: holder.innerHTML, remote: [...remote] };
}

/** `[image: alt — https://…]`: says what is there without fetching it. */
function placeholder(document: Document, alt: string, src: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'image-placeholder';
  span.title = src;
  span.textContent = `[image${alt ? `: ${alt}` : ''}${src ? ` — ${src}` : ''}]`;
  return span;
}
