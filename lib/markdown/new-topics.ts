/**
 * Where new topics go (FORMATS.md §2): a heading one level below the parent's, at the end
 * of the parent's section (sub-sections included), with the document's blank-line habits,
 * followed by its items and its own new sub-topics.
 */
import type { Item } from '../types';
import { unescapeTopicName } from '../topic-path';
import { TOPIC_SEPARATOR } from '../types';
import type { Doc, Section } from './document';
import { isBlank } from './lines';
import { newTopicLine } from './learn/placement';
import { headingLine } from './render';
import type { NewTopicHeading } from './toc';

export interface NewTopicBlock {
  /** Line the block is inserted before. */
  at: number;
  lines: string[];
  /** Existing topic the block sits in ('' for the list itself) and its TOC entries. */
  parent: string;
  toc: NewTopicHeading[];
}

/** Whether most headings (after the first) have a blank line at the probed side. */
function habit(doc: Doc, probe: (line: number) => boolean): boolean {
  const headings = doc.headings.slice(1);
  if (!headings.length) return true;
  const yes = headings.filter((heading) => probe(heading.line)).length;
  return yes * 2 >= headings.length;
}

/** Where the parent's section (with its sub-sections) ends, and the parent's level. */
function parentEnd(doc: Doc, parent: string): { at: number; level: number; start: number } {
  let end = doc.lines.length;
  let start = doc.frontMatterEnd;
  let level: number;
  if (parent === '') {
    const topicLevels = doc.headings
      .filter((heading) => !heading.isTitle)
      .map((heading) => heading.level);
    const top = topicLevels.reduce((least, level) => Math.min(least, level), Infinity);
    level = doc.title !== undefined ? 1 : topicLevels.length ? top - 1 : 1;
  } else {
    const sections = doc.sections.filter((section) => section.path === parent);
    const section = sections[sections.length - 1] as Section;
    end = section.treeEnd;
    start = section.heading?.line ?? start;
    level = section.heading?.level ?? 1;
  }
  let at = end;
  while (at > doc.frontMatterEnd && isBlank(doc.lines[at - 1]?.text ?? '')) at--;
  return { at, level, start };
}

/**
 * Blocks for the topics the document lacks. Topics with nothing to show (the implied
 * parents of a path, created by the collection) get no heading unless a child needs one.
 */
export function planNewTopics(
  doc: Doc,
  created: { path: string; items: Item[] }[],
  renderItems: (items: Item[], path: string) => string[],
): NewTopicBlock[] {
  const existing = new Set(['', ...doc.topics]);
  const children = new Map<string, string[]>();
  const itemsOf = new Map<string, Item[]>();
  const addPath = (path: string) => {
    if (existing.has(path) || itemsOf.has(path)) return;
    const parent = path.split(TOPIC_SEPARATOR).slice(0, -1).join(TOPIC_SEPARATOR);
    addPath(parent);
    itemsOf.set(path, []);
    children.set(parent, [...(children.get(parent) ?? []), path]);
  };
  for (const topic of created) {
    if (!topic.items.length) continue;
    addPath(topic.path);
    itemsOf.set(topic.path, [...(itemsOf.get(topic.path) ?? []), ...topic.items]);
  }
  if (!itemsOf.size) return [];
  const blankBefore = habit(doc, (heading) => isBlank(doc.lines[heading - 1]?.text ?? 'x'));
  const blankAfter = habit(doc, (heading) => isBlank(doc.lines[heading + 1]?.text ?? 'x'));
  const block = (path: string, level: number): { lines: string[]; toc: NewTopicHeading[] } => {
    const name = unescapeTopicName(path.split(TOPIC_SEPARATOR).pop() ?? path);
    const lines = blankBefore ? ['', headingLine(level, name)] : [headingLine(level, name)];
    const items = itemsOf.get(path) ?? [];
    if (items.length) {
      if (blankAfter) lines.push('');
      for (const line of renderItems(items, path)) lines.push(line);
    }
    const toc: NewTopicHeading[] = [{ depth: 0, name }];
    for (const child of children.get(path) ?? []) {
      const sub = block(child, Math.min(level + 1, 6));
      // Loops, not push(...): a spread of 200,000 lines overflows the call stack.
      for (const line of sub.lines) lines.push(line);
      for (const entry of sub.toc) toc.push({ ...entry, depth: entry.depth + 1 });
    }
    return { lines, toc };
  };
  const blocks: NewTopicBlock[] = [];
  for (const [parent, paths] of children) {
    if (!existing.has(parent)) continue;
    const { at: end, level, start } = parentEnd(doc, parent);
    for (const path of paths) {
      const sub = block(path, Math.min(level + 1, 6));
      const name = unescapeTopicName(path.split(TOPIC_SEPARATOR).pop() ?? path);
      const at = newTopicLine(doc, parent, name, start, end);
      const { lines } = sub;
      // Right above a line with no blank line before it (the heading that opens the file):
      // a blank line after the block, and none before it at the top of the file.
      if (blankBefore && at < doc.lines.length && !isBlank(doc.lines[at]?.text ?? ''))
        lines.push('');
      if (at === doc.frontMatterEnd && lines[0] === '') lines.shift();
      blocks.push({ at, lines, parent, toc: sub.toc });
    }
  }
  return blocks;
}
