/**
 * Writes an item into a learned pattern: slots take the item's values, literal text stays
 * as the neighbours have it, and a part whose value the item lacks leaves with its brackets
 * and the separator before it (no empty `[[code]()]`, no dangling ` | `).
 */
import { identify } from '../../identity';
import type { Capture } from '../../types';
import { escapeInline, formatDestination } from '../escape';
import { writeAuthors } from './authors';
import { itemDate, writeDate } from './dates';
import { codeUrl, urlFor } from './link-kinds';
import type { LinkPlan } from './link-plan';
import type { Node } from './nodes';
import { writeVenue } from './venues';
import { escapeHtml, escapeHtmlMarkdown } from './html-text';

export interface FillContext {
  item: Capture;
  /** Characters that delimit the field where it is written (`|` in a table cell). */
  extraEscape: string;
  /** Which URL (and label) each link takes, decided for the whole entry (link-plan.ts). */
  plan?: LinkPlan;
  /** The entry is raw HTML (html-text.ts): values are HTML-escaped, not Markdown-escaped. */
  html?: boolean;
  /** Inside a Markdown link's label (in HTML that a renderer reads as Markdown). */
  inLabel?: boolean;
}

interface Out {
  text: string;
  /** A slot was written. */
  value: boolean;
  /** Something was left out. */
  dropped: boolean;
}

function repoPath(item: Capture): string | null {
  if (item.repo) return `${item.repo.owner}/${item.repo.name}`;
  const code = codeUrl(item);
  const repo = code ? identify(code)?.repo : undefined;
  return repo ? `${repo.owner}/${repo.name}` : null;
}

function slot(node: Node, context: FillContext, inDest: boolean): string | null {
  const { item } = context;
  switch (node.k) {
    case 'title':
      if (inDest) return encodeURIComponent(item.title);
      if (context.html)
        return context.inLabel ? escapeHtmlMarkdown(item.title) : escapeHtml(item.title);
      return escapeInline(item.title, context.extraEscape);
    case 'url': {
      const url = urlFor(node.role, node.pdfSuffix, item);
      if (url === null || url === '') return null;
      if (inDest) return formatDestination(url);
      return context.html ? escapeHtml(url) : url;
    }
    case 'authors':
      return writeAuthors(item.authors, node.form);
    case 'date': {
      // A bare year beside a venue is the publication year; a month is the preprint's.
      const year = node.form === 'YYYY' ? item.venue?.year : undefined;
      const date = year ? { year } : itemDate(item);
      return date ? writeDate(node.form, date) : null;
    }
    case 'venue':
      return writeVenue(node.form, item, node.name);
    case 'arxivId':
      return item.arxiv?.id ?? null;
    case 'repoPath':
      return repoPath(item);
    default:
      return null;
  }
}

/** A label that announces the value after it (`Paper:`, `**Use:**`, `<b>Notes:</b>`). */
const LABEL =
  /^\s*(?:\*\*?|__?|<(?:b|strong|em|i)>)?\s*\p{L}[\p{L}\p{N} .'’/&-]{0,40}[:：]\s*(?:\*\*?|__?|<\/(?:b|strong|em|i)>)?\s*$/iu;

/**
 * An emoji that announces the value after it (` | 💻 [Code](…)`, ` | 🏛️ ICLR 2024`), with the
 * separator before it: it leaves with a left-out value, as a `Code:` label does.
 */
const EMOJI_LABEL =
  /^\s*(?:[|·•–—-]\s*)?\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D]*\s*$/u;

/** Joins pieces, closing up the space a left-out part leaves. */
function joinPieces(pieces: (Out | null)[]): Out {
  let text = '';
  let value = false;
  let dropped = false;
  let gap = false;
  // Where the label right before the current piece starts: it leaves with a left-out value.
  let label = -1;
  // Where the literal text right before the current piece starts (-1: a value was last), and
  // that text when a left-out part followed it.
  let litAt = -1;
  let before: { at: number; text: string } | null = null;
  for (const piece of pieces) {
    if (piece === null) {
      dropped = true;
      if (!gap && litAt >= 0) before = { at: litAt, text: text.slice(litAt) };
      gap = true;
      if (label >= 0) text = text.slice(0, label);
      label = -1;
      litAt = -1;
      continue;
    }
    value ||= piece.value;
    dropped ||= piece.dropped;
    let next = piece.text;
    // `**Title** - *authors* (venue) [[code](…)]` without the authors: the spaced dash or bar
    // that introduced them goes with them when only a space follows them (`**Title** [[code](…)]`).
    // A full stop or comma stays: it ends the title as the neighbours' titles end.
    if (gap && before && !piece.value && next !== '' && next.trim() === '') {
      if (/^[ \t]+[-–—|·•/][ \t]+$/.test(before.text)) text = text.slice(0, before.at);
      before = null;
    }
    if (gap && !piece.value) {
      // `venue. [paper]` without the venue: its full stop goes with it.
      if (/\s$/.test(text) || text === '') next = next.replace(/^[.,;:](?=\s|$)/, '');
      // `et al.` + a left-out venue + `.`: one full stop.
      const last = text.slice(-1);
      if (/[.,;:]/.test(last) && next.startsWith(last)) next = next.slice(1);
      // A left-out first part takes the separator after it (`2016-ICLR - Title`).
      if (text === '') next = next.replace(/^[\s|:;,.\-–—·•]+/, '');
      // `Title | **[venue]** |[pdf]` without the venue: one separator, not two; the first
      // one stays as written (`Title | [pdf]`, not `Title |[pdf]`).
      const sep = /([|\-–—:;,·•])[ \t]*$/.exec(text)?.[1];
      const again = sep ? new RegExp(`^[ \\t]*\\${sep}`) : null;
      if (again?.test(next)) {
        next = next.replace(again, '');
        if (/[ \t]$/.test(text)) next = next.replace(/^[ \t]+/, '');
      }
      // After an opening bracket or tag (`<summary>2024 [T](…)` without its year) no space.
      if (text === '' || /[\s([>]$/.test(text)) next = next.replace(/^[ \t]+/, '');
      else if (/^[ \t]/.test(next) && /[ \t]$/.test(text)) text = text.replace(/[ \t]+$/, '');
    } else if (gap && /[ \t]$/.test(text) && /^[ \t]/.test(next)) {
      text = text.replace(/[ \t]+$/, '');
    }
    if (next !== '') {
      gap = false;
      before = null;
    }
    litAt = piece.value ? -1 : litAt >= 0 ? litAt : text.length;
    if (!piece.value && (LABEL.test(next) || EMOJI_LABEL.test(next))) label = text.length;
    else if (piece.value || next.trim() !== '') label = -1;
    text += next;
  }
  // A left-out last part takes the separator before it (`Title | authors` without authors).
  // A dash only when spaced (` - note`), never the hyphen of a word.
  if (gap)
    text = text
      .replace(/[ \t]*[|:;,·•–—][ \t]*$/, '')
      .replace(/[ \t]+-[ \t]*$/, '')
      .replace(/[ \t]+$/, '');
  return { text, value, dropped };
}

export function fillNodes(nodes: Node[], context: FillContext, inDest = false): Out {
  return joinPieces(nodes.map((node) => fillNode(node, context, inDest)));
}

function fillNode(node: Node, context: FillContext, inDest: boolean): Out | null {
  switch (node.k) {
    case 'lit':
    case 'txt':
      // A bare URL's or an anchor's label relabelled for the URL it now takes (link-plan.ts).
      return { text: context.plan?.labels.get(node) ?? node.text, value: false, dropped: false };
    case 'free':
      return null;
    case 'group': {
      const inner = fillNodes(node.children, context, inDest);
      if (inner.dropped && (!inner.value || node.whole)) return null;
      return { ...inner, text: `${node.open}${inner.text}${node.close}` };
    }
    case 'link': {
      const planned = context.plan?.urls.get(node);
      if (planned === null) return null;
      const dest =
        planned === undefined
          ? fillNodes(node.dest, context, true)
          : { text: formatDestination(planned), value: true, dropped: false };
      if (dest.dropped || dest.text === '') return null;
      const relabel = context.plan?.labels.get(node);
      const label =
        relabel === undefined
          ? fillNodes(node.label, context.html ? { ...context, inLabel: true } : context)
          : { text: relabel, value: false, dropped: false };
      if (label.text.trim() === '' && !node.image) return null;
      return {
        text: `${node.image ? '!' : ''}[${label.text}](${dest.text})`,
        value: true,
        dropped: label.dropped,
      };
    }
    default: {
      // A bare URL or an anchor's href the plan decided (link-plan.ts): null leaves it out.
      const planned = node.k === 'url' ? context.plan?.urls.get(node) : undefined;
      if (planned === null) return null;
      let text =
        planned === undefined
          ? slot(node, context, inDest)
          : inDest
            ? formatDestination(planned)
            : context.html
              ? escapeHtml(planned)
              : planned;
      // Names, venues and dates are text too: in raw HTML they are escaped like the title.
      if (text !== null && context.html && !inDest && node.k !== 'title' && node.k !== 'url')
        text = escapeHtml(text);
      return text === null ? null : { text, value: true, dropped: false };
    }
  }
}
