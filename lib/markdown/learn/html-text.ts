/**
 * Text inside raw HTML: values read out of tags and cells (entities decoded, tags dropped)
 * and values written into them. Markdown is not processed inside an HTML block, so a
 * title written there must be HTML-escaped, never Markdown-escaped: untrusted text never
 * runs as HTML.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references a page or a person writes (`&amp;`, `&#39;`, `&#x27;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text a reader sees in an HTML fragment: tags dropped, entities decoded, spaces folded. */
export function htmlText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^<>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A value as HTML text or attribute content: `& < > " '` as references, line breaks as spaces. */
export function escapeHtml(value: string): string {
  return value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A value inside Markdown that sits in an HTML block some renderers read as Markdown
 * (kramdown's `markdown="span"`): HTML-escaped, and the Markdown punctuation escaped too.
 */
export function escapeHtmlMarkdown(value: string): string {
  return escapeHtml(value).replace(/[\\[\]*_`]/g, '\\$&');
}

export interface Anchor {
  href: string;
  /** The title attribute and the visible text, decoded. */
  title: string;
  text: string;
  /** The same as written (character references kept), to find them in the source again. */
  rawTitle: string;
  rawText: string;
}

/** The `href` values of the anchors in an HTML fragment, in order, with each anchor's text. */
export function anchors(fragment: string): Anchor[] {
  const out: Anchor[] = [];
  const open = /<a\b([^<>]*)>/gi;
  for (const match of fragment.matchAll(open)) {
    const attrs = match[1] ?? '';
    const href = attribute(attrs, 'href');
    if (href === null) continue;
    const close = fragment.toLowerCase().indexOf('</a>', match.index + match[0].length);
    const inner = close < 0 ? '' : fragment.slice(match.index + match[0].length, close);
    const rawTitle = attribute(attrs, 'title') ?? '';
    const rawText = inner
      .replace(/<[^<>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({
      href: decodeEntities(href),
      title: decodeEntities(rawTitle),
      text: decodeEntities(rawText),
      rawTitle,
      rawText,
    });
  }
  return out;
}

/** An attribute's value from a tag's attribute text (quoted either way, or bare). */
export function attribute(attrs: string, name: string): string | null {
  const match = new RegExp(
    `(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`,
    'i',
  ).exec(attrs);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** Whether a line of text opens an HTML block (CommonMark's block tags, or a lone tag). */
export function opensHtmlBlock(text: string): boolean {
  return (
    /^ {0,3}<\/?(?:address|article|aside|blockquote|center|details|dialog|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:\s|\/?>|$)/i.test(
      text,
    ) || /^ {0,3}<[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>\s*$/.test(text)
  );
}
