/** `numbered`: `{n}. [{title}]({url})[ ([github]({code}))]…`, `: {description}` for repos, ` - {note}`. */
import { arxivAbsUrl } from '../../identity';
import { escapeInline, formatDestination } from '../escape';
import { escapeDashes, link } from './plain';
import type { RenderContext, RenderItem, Style } from './types';
import { lead, writtenUrl } from './types';

export function numberedUrl(item: RenderItem, context: RenderContext): string {
  if (!item.arxiv || context.shape?.linkCanonical === item.url) return writtenUrl(item, context);
  if (context.paperUrl === 'pdf') return `https://arxiv.org/pdf/${item.arxiv.id}`;
  return arxivAbsUrl(item.arxiv.id);
}

/** `{repo}` for a repository captured as `owner/repo`; any other title as it is. */
function repoName(item: RenderItem): string {
  const repo = item.repo;
  return repo && item.kind === 'repo' && item.title === `${repo.owner}/${repo.name}`
    ? repo.name
    : item.title;
}

export const numbered: Style = {
  name: 'numbered',
  render(item: RenderItem, context: RenderContext): string[] {
    const shape = context.shape;
    const code =
      shape?.codeLinks ??
      (item.codeUrls ?? []).map((url) => ` ([github](${formatDestination(url)}))`).join('');
    const withColon = item.kind === 'repo' || shape?.descriptionAfterColon === true;
    const description =
      item.description && withColon ? `: ${escapeDashes(escapeInline(item.description))}` : '';
    const note = item.note ? ` - ${escapeInline(item.note)}` : '';
    const title = link(repoName(item), numberedUrl(item, context));
    return [
      `${lead(context)}${shape?.prefix ?? ''}${title}${code}${description}${shape?.suffix ?? ''}${note}`,
    ];
  },
};
