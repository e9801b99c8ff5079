/** `plain`: `- [{title}]({url})[ - {note}]`; also how unrecognised link entries are written back. */
import { escapeInline, formatDestination } from '../escape';
import type { RenderContext, RenderItem, Style } from './types';
import { lead, writtenUrl } from './types';

/** ` - ` inside a value would end it early where the style splits on it: escape the dash. */
export function escapeDashes(escaped: string): string {
  return escaped.replace(/ -(?= |$)/g, ' \\-');
}

export function link(title: string, url: string): string {
  return `[${escapeInline(title)}](${formatDestination(url)})`;
}

export const plain: Style = {
  name: 'plain',
  render(item: RenderItem, context: RenderContext): string[] {
    const shape = context.shape;
    const note = item.note ? ` - ${escapeInline(item.note)}` : '';
    const text = `${shape?.prefix ?? ''}${link(item.title, writtenUrl(item, context))}${shape?.suffix ?? ''}${note}`;
    const box = shape?.checkbox !== undefined ? `[${item.status === 'read' ? 'x' : ' '}] ` : '';
    return [`${lead(context)}${box}${text}`];
  },
};
