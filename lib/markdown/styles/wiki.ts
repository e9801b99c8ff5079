/** `wiki`: `- "{title}" - {note}` for papers, `- {title} - {note or description}` otherwise. */
import { escapeInline, escapeLineStart } from '../escape';
import { escapeDashes } from './plain';
import type { RenderContext, RenderItem, Style } from './types';
import { lead } from './types';

export function wikiTitle(item: RenderItem): string {
  // An empty title would leave an empty item, read back as no entry: `""` says "no title".
  if (item.kind === 'paper' || item.title === '') return `"${escapeInline(item.title, '"')}"`;
  const escaped = escapeLineStart(escapeDashes(escapeInline(item.title)));
  // A leading quote would read as a paper title, a leading `<` as a raw HTML entry.
  return /^["<]/.test(escaped) ? `\\${escaped}` : escaped;
}

export const wiki: Style = {
  name: 'wiki',
  render(item: RenderItem, context: RenderContext): string[] {
    const comment = item.note || item.description;
    const tail = comment ? ` - ${escapeInline(comment)}` : '';
    return [`${lead(context)}${wikiTitle(item)}${tail}`];
  },
};
