/**
 * `obsidian`: `- [ ] [{page title}]({url})`. The link text is what a browser tab shows, as a
 * person pastes it; the item's title is read back out of it so that the same paper saved
 * from its page and found in a note is one record with one title.
 */
import type { Capture } from '../../types';
import { escapeInline, formatDestination } from '../escape';
import type { RenderContext, RenderItem, Style } from './types';
import { lead, writtenUrl } from './types';

const GITHUB_TAB = /^GitHub - ([^/\s]+)\/([^:\s]+)(?:: (.*))?$/s;
const ARXIV_TAB = /^\[([^\]]+)\] (.*)$/s;
const HF_TAB = /^(.*) · Hugging Face$/s;

/** Title and description a page title tells about the captured work. */
export function fieldsFromPageTitle(
  pageTitle: string,
  capture: Pick<Capture, 'kind' | 'arxiv' | 'repo' | 'hub'>,
): { title: string; description?: string } {
  if (capture.kind === 'repo') {
    const match = GITHUB_TAB.exec(pageTitle);
    if (match?.[2])
      return match[3] ? { title: match[2], description: match[3] } : { title: match[2] };
  }
  if (capture.arxiv) {
    const match = ARXIV_TAB.exec(pageTitle);
    if (match?.[2] && match[1] === capture.arxiv.id) return { title: match[2] };
  }
  if (capture.hub) {
    const match = HF_TAB.exec(pageTitle);
    if (match?.[1]) return { title: match[1] };
  }
  return { title: pageTitle };
}

/** The tab title a page of this work has, built from its fields. */
export function pageTitleOf(item: RenderItem): string {
  if (item.pageTitle && fieldsFromPageTitle(item.pageTitle, item).title === item.title) {
    return item.pageTitle;
  }
  if (item.kind === 'repo' && item.repo) {
    const description = item.description ? `: ${item.description}` : '';
    return `GitHub - ${item.repo.owner}/${item.repo.name}${description}`;
  }
  if (item.arxiv) return `[${item.arxiv.id}] ${item.title}`;
  if (item.hub) return `${item.title} · Hugging Face`;
  return item.title;
}

/** Whether a link text looks like a pasted tab title (a telling sign of this style). */
export function looksLikePageTitle(text: string, capture: Capture): boolean {
  return fieldsFromPageTitle(text, capture).title !== text;
}

export const obsidian: Style = {
  name: 'obsidian',
  render(item: RenderItem, context: RenderContext): string[] {
    const checkbox = context.shape ? context.shape.checkbox !== undefined : context.checkbox;
    const box = checkbox ? `[${item.status === 'read' ? 'x' : ' '}] ` : '';
    const text = `[${escapeInline(pageTitleOf(item))}](${formatDestination(writtenUrl(item, context))})`;
    return [`${lead(context)}${box}${text}`];
  },
};
