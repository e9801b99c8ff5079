/**
 * Recognises one list item as an entry: which work it links to, its fields, and the style
 * it is written in. Items it does not recognise are not entries and stay raw text.
 */
import { captureFromLink, captureFromTitle, isCodeUrl, linkShape } from './entry-capture';
import { readFieldBullets } from './field-bullets';
import { readCodeSpan, unescapeInline } from './escape';
import { learnParts, isGenericLabel } from './learn/build';
import { findLinks, indexOfUnescaped, readLinkAt } from './links';
import { readAwesome } from './styles/awesome-read';
import { readHtmlItem } from './learn/html-entry';
import { fieldsFromPageTitle, looksLikePageTitle } from './styles/obsidian';
import type { ItemText, Recognised } from './styles/types';

const MARKER = /^(\s*)([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$/s;
const NESTED_MARKER = /^(\s+)([-*+]|\d{1,9}[.)])([ \t]|$)/;

/** Splits an item's lines (quote prefix already removed) into marker, head and body. */
export function itemText(lines: string[]): ItemText | null {
  const first = lines[0];
  const match = first === undefined ? null : MARKER.exec(first);
  if (!match) return null;
  const [, indent = '', marker = '', gap = '', rest = ''] = match;
  let text = rest;
  let checkbox: string | undefined;
  const box = /^\[([ xX])\](?:[ \t]+|$)/.exec(text);
  if (box) {
    checkbox = box[1];
    text = text.slice(box[0].length);
  }
  const head = [text.trimEnd()];
  let i = 1;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '' || NESTED_MARKER.test(line) || MARKER.test(line)) break;
    head.push(line.trim());
  }
  const item: ItemText = {
    indent,
    marker,
    ordered: /\d/.test(marker),
    gap,
    head: head.join(' ').trimEnd(),
    body: lines.slice(i),
  };
  if (checkbox !== undefined) item.checkbox = checkbox;
  return item;
}

function readObsidianTask(item: ItemText): Recognised | null {
  if (item.checkbox === undefined) return null;
  const link = readLinkAt(item.head, 0);
  if (!link || link.image || link.end !== item.head.length) return null;
  const pageTitle = unescapeInline(link.rawText);
  const capture = captureFromLink(link.url, pageTitle);
  if (!capture) return null;
  Object.assign(capture, fieldsFromPageTitle(pageTitle, capture), { pageTitle });
  const status = item.checkbox === ' ' ? 'to-read' : 'read';
  return {
    vote: 'obsidian',
    readAs: 'obsidian',
    capture,
    status,
    shape: linkShape(link.url, capture),
  };
}

/** The first link that names a work (not an image, an anchor or an empty destination). */
function mainLink(head: string) {
  const link = findLinks(head).find((candidate) => !candidate.image);
  if (!link) return null;
  const capture = captureFromLink(link.url, linkTitle(head, link.rawText));
  return capture ? { link, capture } : null;
}

/** A label that is an image and nothing else (`[![arXiv](…shields.io…)](…)`): a badge, no title. */
const BADGE_ONLY = /^!\[[^\]]*\]\([^)]*\)$/;

/**
 * The title a linked entry names: its link text without wrapping emphasis; for a link
 * labelled as a kind of link (`Title [[arXiv](…)]`), the title its pattern reads.
 */
function linkTitle(head: string, rawText: string): string {
  if (isGenericLabel(unescapeInline(rawText)) || BADGE_ONLY.test(rawText.trim())) {
    const read = learnParts([head], () => false).titleText;
    if (read) return read;
  }
  const wrapped = /^(\*{1,3}|_{1,3})(?=\S)(.*\S)\1$/s.exec(rawText);
  return unescapeInline(wrapped ? (wrapped[2] ?? '') : rawText);
}

const CODE_LINK = /^ \(\[([^\]]*)\]\(([^)\s]*)\)\)/;

function readNumbered(item: ItemText): Recognised | null {
  if (!item.ordered) return null;
  const found = mainLink(item.head);
  if (!found) return null;
  const { link, capture } = found;
  let rest = item.head.slice(link.end);
  let codeLinks = '';
  const codeUrls: string[] = [];
  for (let code = CODE_LINK.exec(rest); code; code = CODE_LINK.exec(rest)) {
    codeLinks += code[0];
    if (isCodeUrl(code[2] ?? '')) codeUrls.push(code[2] ?? '');
    rest = rest.slice(code[0].length);
  }
  if (codeUrls.length) capture.codeUrls = codeUrls;
  const recognised: Recognised = {
    vote: 'numbered',
    readAs: 'numbered',
    capture,
    shape: linkShape(link.url, capture),
  };
  const shape = recognised.shape;
  if (link.start > 0) shape.prefix = item.head.slice(0, link.start);
  if (codeLinks) shape.codeLinks = codeLinks;
  if (rest.startsWith(': ') && rest.length > 2) {
    const body = rest.slice(2);
    const dash = indexOfUnescaped(body, ' - ');
    capture.description = unescapeInline(dash < 0 ? body : body.slice(0, dash));
    if (dash >= 0) recognised.note = unescapeInline(body.slice(dash + 3));
    shape.descriptionAfterColon = true;
  } else if (rest.startsWith(' - ') && rest.length > 3) {
    recognised.note = unescapeInline(rest.slice(3));
  } else if (rest) {
    shape.suffix = rest;
  }
  return recognised;
}

function readLinked(item: ItemText): Recognised | null {
  if (item.ordered) return null;
  const found = mainLink(item.head);
  if (!found) return null;
  const { link, capture } = found;
  const prefix = item.head.slice(0, link.start);
  const rest = item.head.slice(link.end);
  const recognised: Recognised = {
    vote: null,
    readAs: 'plain',
    capture,
    shape: linkShape(link.url, capture),
  };
  if (prefix === '' && rest === '' && looksLikePageTitle(capture.title, capture)) {
    const pageTitle = capture.title;
    Object.assign(capture, fieldsFromPageTitle(pageTitle, capture), { pageTitle });
    return { ...recognised, vote: 'obsidian', readAs: 'obsidian' };
  }
  if (prefix === '' && rest.startsWith(' - ') && rest.length > 3) {
    return { ...recognised, vote: 'plain', note: unescapeInline(rest.slice(3)) };
  }
  if (prefix) recognised.shape.prefix = prefix;
  if (rest) recognised.shape.suffix = rest;
  return recognised;
}

const QUOTED = /^"((?:\\.|[^"\\])*)"(?: - (.*))?$/s;

function readWiki(item: ItemText): Recognised | null {
  if (item.ordered || item.checkbox !== undefined || item.head === '') return null;
  if (findLinks(item.head).length > 0 || readCodeSpan(item.head) !== null) return null;
  // Not a named work: a labelled bare URL (`Paper: https://…`), a line that is all emphasis (an
  // author line under an entry), a grouping item whose sub-items carry the links.
  if (/^[\p{L}\s]{1,30}:\s*https?:\/\/\S+$/u.test(item.head) || item.head.startsWith('<'))
    return null;
  if (/^(\*{1,2}|_{1,2})[^*_].*\1$/.test(item.head)) return null;
  if (item.body.some((line) => NESTED_MARKER.test(line) && findLinks(line).length > 0)) return null;
  const quoted = QUOTED.exec(item.head);
  let title: string;
  let note: string | undefined;
  if (quoted) {
    title = unescapeInline(quoted[1] ?? '');
    if (quoted[2]) note = unescapeInline(quoted[2]);
  } else {
    const dash = indexOfUnescaped(item.head, ' - ');
    const text = dash < 0 ? item.head : item.head.slice(0, dash);
    title = unescapeInline(text);
    if (dash >= 0 && item.head.length > dash + 3) note = unescapeInline(item.head.slice(dash + 3));
  }
  // A blank title can only come from escapes (`"&#32;"`, `""`): written on purpose, kept.
  const capture = captureFromTitle(title, quoted ? 'paper' : 'page');
  const recognised: Recognised = { vote: 'wiki', readAs: 'wiki', capture, shape: {} };
  if (note !== undefined) recognised.note = note;
  return recognised;
}

/** The entry an item is, or null when it is raw text (no work recognised). */
export function recognise(item: ItemText): Recognised | null {
  const found =
    readObsidianTask(item) ??
    readAwesome(item) ??
    readNumbered(item) ??
    readLinked(item) ??
    readFieldBullets(item) ??
    readWiki(item) ??
    readHtmlItem(item.head);
  if (found && found.status === undefined && item.checkbox !== undefined) {
    // `- [ ] Read [this](…)`: a task whatever else the line holds.
    found.status = item.checkbox === ' ' ? 'to-read' : 'read';
  }
  if (found && found.readAs !== 'awesome' && item.body.length) {
    // Lines under the entry (sub-items, continuation text) are kept as written.
    found.shape.body = item.body;
  }
  return found;
}

/** A paragraph that is one link and nothing else (`[Introduction to ggml](…)`). */
export function recogniseBareLink(text: string): Recognised | null {
  const link = readLinkAt(text, 0);
  if (!link || link.image || link.end !== text.length) return null;
  const capture = captureFromLink(link.url, unescapeInline(link.rawText));
  if (!capture) return null;
  return { vote: null, readAs: 'bare', capture, shape: linkShape(link.url, capture) };
}

/** Splits the nested items out of a body: index ranges (into `body`) of each sub-item. */
export function nestedItems(body: string[]): { start: number; end: number }[] {
  let indent = -1;
  const ranges: { start: number; end: number }[] = [];
  body.forEach((line, index) => {
    const match = NESTED_MARKER.exec(line);
    const width = match ? (match[1] ?? '').length : -1;
    const last = ranges[ranges.length - 1];
    if (match && (indent < 0 || width === indent)) {
      indent = width;
      ranges.push({ start: index, end: index + 1 });
    } else if (last) {
      // Deeper items, continuation lines and blank lines belong to the sub-item above.
      last.end = index + 1;
    }
  });
  return ranges;
}
