/** Reads the `awesome` style's entries (see awesome.ts for the layout). */
import { identify } from '../../identity';
import { captureFromLink, linkShape } from '../entry-capture';
import { readCodeSpan, unescapeInline } from '../escape';
import { findLinks, indexOfUnescaped, readLinkAt, splitUnescaped } from '../links';
import type { ItemText, Recognised } from './types';

const NESTED_ITEM = /^\s*[-*+]\s+(.*)$/;

/** A note is the nested `- \`…\`` item; anything else nested stays part of the extras. */
function readNote(line: string): string | undefined {
  const match = NESTED_ITEM.exec(line);
  if (!match?.[1]) return undefined;
  const text = match[1].trimEnd();
  return readCodeSpan(text) ?? unescapeInline(text);
}

/** The italic line under an entry: `\t *text*` (authors or a description). */
function readItalic(line: string): { text: string; tail: string } | null {
  const trimmed = line.replace(/^\s+/, '');
  if (!trimmed.startsWith('*') || trimmed.startsWith('**')) return null;
  const close = indexOfUnescaped(trimmed, '*', 1);
  if (close < 1) return null;
  return { text: trimmed.slice(1, close), tail: trimmed.slice(close + 1) };
}

interface Body {
  italic?: { text: string; tail: string };
  after: string[];
  note?: string;
}

function readBody(body: string[]): Body {
  const result: Body = { after: [] };
  let started = false;
  let leading = 0;
  for (const line of body) {
    if (!started && line.trim() === '') {
      leading++;
      continue;
    }
    if (!started) {
      started = true;
      const italic = readItalic(line);
      if (italic) {
        result.italic = italic;
        continue;
      }
      // No italic line: the blank lines before this one are the user's, keep them.
      for (let i = 0; i < leading; i++) result.after.push('');
    }
    if (result.note === undefined && NESTED_ITEM.test(line)) {
      const note = readNote(line);
      if (note !== undefined) {
        result.note = note;
        continue;
      }
    }
    result.after.push(line);
  }
  while (result.after.length && result.after[result.after.length - 1]?.trim() === '')
    result.after.pop();
  return result;
}

function codeUrlsIn(text: string): string[] {
  const urls: string[] = [];
  if (!text.includes('github.com')) return urls;
  for (const link of findLinks(text)) {
    if (link.image || !link.url.includes('github.com')) continue;
    const identity = identify(link.url);
    if (identity?.kind === 'repo' && !urls.includes(identity.url)) urls.push(identity.url);
  }
  return urls;
}

const PAPER_HEAD =
  /^, `([^`]*)`, \[arxiv\]\(([^)\s]*)\), \[pdf\]\(([^)\s]*)\), cication: (\[\*\*-?\d+\*\*\]\([^)\s]*\))$/;

function readPaper(item: ItemText): Recognised | null {
  if (!item.head.startsWith('**')) return null;
  const close = indexOfUnescaped(item.head, '**, `', 2);
  if (close < 0) return null;
  const match = PAPER_HEAD.exec(item.head.slice(close + 2));
  if (!match?.[2]) return null;
  const capture = captureFromLink(match[2], unescapeInline(item.head.slice(2, close)));
  if (!capture?.arxiv) return null;
  const body = readBody(item.body);
  const extrasLines = [body.italic?.tail ?? '', ...body.after];
  const authorsText = body.italic?.text ?? '';
  const names = authorsText ? splitUnescaped(authorsText, ', ').map(unescapeInline) : [];
  const ellipsis = names.includes('...');
  const authors = names.filter((name) => name !== '...');
  if (authors.length) capture.authors = authors;
  const codeUrls = codeUrlsIn(extrasLines.join('\n'));
  if (codeUrls.length) capture.codeUrls = codeUrls;
  const recognised: Recognised = {
    vote: 'awesome',
    readAs: 'awesome',
    capture,
    shape: {
      venue: match[1],
      citation: match[4],
      extras: extrasLines.join('\n'),
      authorsEllipsis: ellipsis,
    },
  };
  if (body.note !== undefined) recognised.note = body.note;
  return recognised;
}

const STAR_SUFFIX = /^ - (\S+) !\[Star\]\([^)\s]*\)$/;

function readLinkEntry(item: ItemText): Recognised | null {
  const link = readLinkAt(item.head, 0);
  if (!link || link.image) return null;
  const rest = item.head.slice(link.end);
  const bold = /^\*\*(.*)\*\*$/s.exec(link.rawText);
  const repoShape = bold && STAR_SUFFIX.test(rest);
  if (rest !== '' && !repoShape) return null;
  const body = readBody(item.body);
  const title = unescapeInline(bold && repoShape ? (bold[1] ?? '') : link.rawText);
  const capture = captureFromLink(link.url, title);
  if (!capture) return null;
  // `owner/repo`, the title a capture of the repo page gets, so both spell it the same.
  if (repoShape && capture.repo) capture.title = `${capture.repo.owner}/${title}`;
  if (body.italic) capture.description = unescapeInline(body.italic.text);
  const extras = [body.italic?.tail ?? '', ...body.after];
  // Only the badge, the italic line or the code-span note tell this style from `plain`.
  if (!repoShape && body.italic === undefined && body.note === undefined) return null;
  const recognised: Recognised = {
    vote: 'awesome',
    readAs: 'awesome',
    capture,
    shape: {
      ...linkShape(link.url, capture),
      ...(extras.join('') === '' ? {} : { extras: extras.join('\n') }),
    },
  };
  if (body.note !== undefined) recognised.note = body.note;
  return recognised;
}

/** An entry in the `awesome` style, or null. */
export function readAwesome(item: ItemText): Recognised | null {
  if (item.ordered || item.checkbox !== undefined) return null;
  return readPaper(item) ?? readLinkEntry(item);
}
