/**
 * `obsidian`: `- [ ] [{page title}]({url})`. The link text is what a browser tab shows, as a
 * person pastes it; the item's title is read back out of it so that the same paper saved
 * from its page and found in a note is one record with one title.
 */
import { FIELD_RULES } from '../../sites/field-rules';
import type { Capture } from '../../types';
import { escapeInline, formatDestination } from '../escape';
import type { RenderContext, RenderItem, Style } from './types';
import { lead, writtenUrl } from './types';

/** Title and description a page title tells about the captured work. */
export function fieldsFromPageTitle(
  pageTitle: string,
  capture: Pick<Capture, 'kind' | 'arxiv' | 'repo' | 'hub'>,
): { title: string; description?: string } {
  // Each site reads its own tab titles: lib/sites/<site>/fields.ts.
  for (const rules of FIELD_RULES) {
    const fields = rules.tabTitle?.read(pageTitle, capture);
    if (fields) return fields;
  }
  return { title: pageTitle };
}

/** The tab title a page of this work has, built from its fields. */
export function pageTitleOf(item: RenderItem): string {
  if (item.pageTitle && fieldsFromPageTitle(item.pageTitle, item).title === item.title) {
    return item.pageTitle;
  }
  for (const rules of FIELD_RULES) {
    const title = rules.tabTitle?.write(item);
    if (title !== undefined) return title;
  }
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
