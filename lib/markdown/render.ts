/**
 * A list written from scratch (FORMATS.md §5): `# {name}`, topics as `##`, sub-topics one
 * level deeper each, items in saved order (newest-first arXiv order in `awesome`), `\n`
 * line endings and one final newline. Same input, same bytes.
 */
import type { StyleName } from '../types';
import { TOPIC_SEPARATOR } from '../types';
import { baseContext } from './context';
import { escapeInline } from './escape';
import { newestFirst } from './order';
import { renderItem } from './styles/index';
import type { RenderItem } from './styles/types';

export interface TopicBlock {
  path: string;
  items: RenderItem[];
}

/** A heading line; a trailing `#` is escaped so it is not read as a closing sequence. */
export function headingLine(level: number, text: string): string {
  const escaped = escapeInline(text).replace(/#$/, '\\#');
  return `${'#'.repeat(Math.min(level, 6))} ${escaped}`;
}

/** Lines of a topic's items as a new list in `style`. */
export function newListLines(items: RenderItem[], style: StyleName, checkbox: boolean): string[] {
  const ordered = style === 'awesome' ? newestFirst(items) : items;
  const lines: string[] = [];
  ordered.forEach((item, index) => {
    const marker = style === 'numbered' ? `${index + 1}.` : '-';
    lines.push(...renderItem(item, style, baseContext({ marker, checkbox })));
  });
  return lines;
}

export function renderFromScratch(name: string, style: StyleName, topics: TopicBlock[]): string {
  const out: string[] = [headingLine(1, name)];
  const written = new Set<string>();
  const checkbox = style === 'obsidian';
  // Items of the list itself sit under its title, before any topic.
  const ordered = [
    ...topics.filter((topic) => topic.path === ''),
    ...topics.filter((topic) => topic.path !== ''),
  ];
  for (const topic of ordered) {
    const parts = topic.path === '' ? [] : topic.path.split(TOPIC_SEPARATOR);
    // A sub-topic whose parent has no topic of its own still gets the parent's heading.
    for (let depth = 1; depth <= parts.length; depth++) {
      const path = parts.slice(0, depth).join(TOPIC_SEPARATOR);
      if (written.has(path)) continue;
      written.add(path);
      out.push('', headingLine(depth + 1, parts[depth - 1] ?? ''));
    }
    if (topic.items.length) out.push('', ...newListLines(topic.items, style, checkbox));
  }
  return `${out.join('\n')}\n`;
}
