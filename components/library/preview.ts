/**
 * The preview's HTML: marked renders the Markdown, DOMPurify removes everything that could
 * run (script, on* handlers, javascript: and data: URLs, forms, frames). Lists hold titles
 * and notes from web pages and other people's files: nothing of theirs may execute here.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderPreview(markdown: string, window: Window & typeof globalThis): string {
  const purify = DOMPurify(window);
  // Links open in a new tab: following one must not navigate the library away.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noreferrer noopener');
    }
  });
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return purify.sanitize(html, {
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'iframe',
      'object',
      'embed',
    ],
    FORBID_ATTR: ['style'],
  });
}
