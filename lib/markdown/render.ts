/**
 * A list written from scratch (FORMATS.md §5): `# {name}`, topics as `##`, sub-topics one
 * level deeper each, items in saved order (newest-first arXiv order in `awesome`), `\n`
 * line endings and one final newline. Same input, same bytes.
 */
import type { StyleName } from '../types';
import { unescapeTopicName } from '../topic-path';
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
export function newListLines(
  items: RenderItem[],
  style: StyleName,
  checkbox: boolean,
  paperUrl: 'abs' | 'pdf' = 'abs',
): string[] {
  const ordered = style === 'awesome' ? newestFirst(items) : items;
  const lines: string[] = [];
  ordered.forEach((item, index) => {
    const marker = style === 'numbered' ? `${index + 1}.` : '-';
    // A loop, not push(...): spreading an unbounded array overflows the call stack.
    for (const line of renderItem(item, style, baseContext({ marker, checkbox, paperUrl })))
      lines.push(line);
  });
  return lines;
}

/**
 * Topics in tree order: each after its parent, siblings in the order they were given, a
 * parent that has no topic of its own still present (it needs a heading for its children).
 * Iterative: a path thousands of parts deep must not recurse once per part.
 */
function treeOrder(
  topics: TopicBlock[],
): { path: string; depth: number; name: string; items: RenderItem[] }[] {
  const items = new Map<string, RenderItem[]>();
  const children = new Map<string, string[]>();
  const add = (path: string) => {
    // The path and its missing ancestors, nearest first; each is linked to its parent.
    for (let at = path; !items.has(at);) {
      items.set(at, []);
      if (at === '') break;
      const cut = at.lastIndexOf(TOPIC_SEPARATOR);
      const parent = cut < 0 ? '' : at.slice(0, cut);
      const siblings = children.get(parent) ?? [];
      siblings.push(at);
      children.set(parent, siblings);
      at = parent;
    }
  };
  add('');
  for (const topic of topics) {
    add(topic.path);
    const into = items.get(topic.path) as RenderItem[];
    for (const item of topic.items) into.push(item);
  }
  const out: { path: string; depth: number; name: string; items: RenderItem[] }[] = [];
  const stack: { path: string; depth: number }[] = [{ path: '', depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { path, depth } = next;
    const cut = path.lastIndexOf(TOPIC_SEPARATOR);
    const name = unescapeTopicName(cut < 0 ? path : path.slice(cut + TOPIC_SEPARATOR.length));
    out.push({ path, depth, name, items: items.get(path) ?? [] });
    const kids = children.get(path) ?? [];
    for (let i = kids.length - 1; i >= 0; i--)
      stack.push({ path: kids[i] as string, depth: depth + 1 });
  }
  return out;
}

export function renderFromScratch(
  name: string,
  style: StyleName,
  topics: TopicBlock[],
  paperUrl: 'abs' | 'pdf' = 'abs',
): string {
  // Appending to one string (V8 ropes) instead of collecting lines: large lists export
  // without building and joining tens of thousands of small arrays.
  let text = `${headingLine(1, name)}\n`;
  const checkbox = style === 'obsidian';
  for (const topic of treeOrder(topics)) {
    if (topic.depth > 0) text += `\n${headingLine(topic.depth + 1, topic.name)}\n`;
    if (!topic.items.length) continue;
    text += '\n';
    for (const line of newListLines(topic.items, style, checkbox, paperUrl)) text += `${line}\n`;
  }
  return text;
}
