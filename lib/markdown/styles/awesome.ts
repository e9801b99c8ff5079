/**
 * `awesome` (seed awesome-efficient-llm.md): bold-title paper entries with arXiv id, links,
 * citation, an authors line with repo badges, and a code-span note; repositories with a star
 * badge; anything else as a plain link with an italic description.
 */
import { codeSpan, escapeInline, formatDestination, hasControl } from '../escape';
import { link } from './plain';
import type { RenderContext, RenderItem, Style } from './types';
import { lead, writtenUrl } from './types';

export const DEFAULT_SEPARATOR = '·';
export const UNKNOWN_CITATION = '[**-1**](None)';

function starBadge(owner: string, name: string): string {
  return `![Star](https://img.shields.io/github/stars/${owner}/${name}.svg?style=social&label=Star)`;
}

/** ` ¬∑ ([repo](https://github.com/o/repo) - o) ![Star](…)` for each code repository. */
function badges(item: RenderItem, sep: string): string {
  let out = '';
  for (const url of item.codeUrls ?? []) {
    const match = /^https?:\/\/github\.com\/([^/\s]+)\/([^/\s#?]+)/.exec(url);
    if (match?.[1] && match[2]) {
      const [owner, name] = [match[1], match[2]];
      out += ` ${sep} ([${name}](https://github.com/${owner}/${name}) - ${owner}) ${starBadge(owner, name)}`;
    } else {
      out += ` ${sep} (${link(url, url)})`;
    }
  }
  return out;
}

/** First ten names, or (in sections written that way) three names, `...`, the last two. */
export function authorsText(authors: string[], ellipsis: boolean): string {
  const names = authors.map((name) => escapeInline(name, ','));
  if (ellipsis && names.length > 5)
    return [...names.slice(0, 3), '...', ...names.slice(-2)].join(', ');
  return names.slice(0, 10).join(', ');
}

/** The note as a nested item: a code span, or escaped text when it spans lines. */
export function noteLine(note: string, indent: string): string {
  // A code span keeps text literally, but only on one line and without control characters.
  const text = hasControl(note) ? escapeInline(note) : codeSpan(note);
  return `${indent}\t- ${text}`;
}

function paper(item: RenderItem, context: RenderContext, id: string): string[] {
  const shape = context.shape;
  const version = item.arxiv?.version ?? 1;
  const venue = shape?.venue ?? `arXiv, ${id}`;
  const citation = shape?.citation ?? UNKNOWN_CITATION;
  const head =
    `**${escapeInline(item.title)}**, \`${venue}\`, [arxiv](http://arxiv.org/abs/${id}v${version}), ` +
    `[pdf](http://arxiv.org/pdf/${id}v${version}.pdf), cication: ${citation}`;
  const lines = [`${lead(context)}${head}`];
  const cont = `${context.indent}\t `;
  const ellipsis = shape?.authorsEllipsis ?? context.authorsEllipsis;
  const authors = item.authors?.length ? `*${authorsText(item.authors, ellipsis)}*` : '';
  if (shape?.extras !== undefined) {
    const [tail = '', ...after] = shape.extras.split('\n');
    if (authors || tail) lines.push('', `${cont}${authors}${tail}`);
    for (const line of after) lines.push(line);
  } else {
    const extra = badges(item, context.sep);
    if (authors) lines.push('', `${cont}${authors}${extra}`);
    else if (extra) lines.push('', `${cont}${extra.trimStart()}`);
  }
  if (item.note) lines.push(noteLine(item.note, context.indent));
  return lines;
}

/** The italic description line, with whatever followed it in the user's file. */
function described(lines: string[], item: RenderItem, context: RenderContext): string[] {
  const [tail = '', ...after] = context.shape?.extras?.split('\n') ?? [];
  const description = item.description ? `*${escapeInline(item.description)}*` : '';
  if (description || tail) lines.push('', `${context.indent}\t ${description}${tail}`);
  for (const line of after) lines.push(line);
  if (item.note) lines.push(noteLine(item.note, context.indent));
  return lines;
}

function repository(item: RenderItem, context: RenderContext): string[] {
  const owner = item.repo?.owner ?? '';
  const name = item.repo?.name ?? item.title;
  const lines = [
    `${lead(context)}[**${escapeInline(name)}**](${formatDestination(writtenUrl(item, context))}) - ${owner} ${starBadge(owner, name)}`,
  ];
  return described(lines, item, context);
}

function other(item: RenderItem, context: RenderContext): string[] {
  return described(
    [`${lead(context)}${link(item.title, writtenUrl(item, context))}`],
    item,
    context,
  );
}

export const awesome: Style = {
  name: 'awesome',
  render(item: RenderItem, context: RenderContext): string[] {
    if (item.arxiv) return paper(item, context, item.arxiv.id);
    if (item.kind === 'repo' && item.repo) return repository(item, context);
    return other(item, context);
  },
};
