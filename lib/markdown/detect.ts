/**
 * Which style a section (or the document) is written in: the majority of its telling
 * entries (FORMATS.md §3). Bare `- [title](url)` lines fit several styles and do not vote.
 */
import type { StyleName } from '../types';
import type { Doc } from './document';
import { parseDocument } from './parse';
import { inToc } from './toc-find';

// Ties go to the style that writes the most detail, so nothing the user keeps is dropped.
const PRIORITY: StyleName[] = ['awesome', 'numbered', 'obsidian', 'wiki', 'plain'];

function votes(doc: Doc, sectionIndex?: number): Map<StyleName, number> {
  const counts = new Map<StyleName, number>();
  const add = (style: StyleName) => counts.set(style, (counts.get(style) ?? 0) + 1);
  for (const entry of doc.entries) {
    if (entry.vote && (sectionIndex === undefined || entry.sectionIndex === sectionIndex))
      add(entry.vote);
  }
  // Numbered items without a link ("1. SmoothQuant") still show how the section is written.
  const entryStarts = new Set(doc.entries.map((entry) => entry.start));
  for (const item of doc.items) {
    if (sectionIndex !== undefined && item.sectionIndex !== sectionIndex) continue;
    if (inToc(doc, item) || entryStarts.has(item.start)) continue;
    if (doc.lists[item.list]?.ordered) add('numbered');
  }
  return counts;
}

function majority(counts: Map<StyleName, number>): StyleName | null {
  let best: StyleName | null = null;
  for (const style of PRIORITY) {
    const count = counts.get(style) ?? 0;
    if (count > 0 && (best === null || count > (counts.get(best) ?? 0))) best = style;
  }
  return best;
}

export function documentStyle(doc: Doc): StyleName {
  return majority(votes(doc)) ?? 'plain';
}

/**
 * Every section's style at once (one pass; export asks for many). A section holding only
 * bare `- [title](url)` links in a wiki or numbered document is `plain`: those styles would
 * drop the link or renumber.
 */
export function sectionStyles(doc: Doc, fallback: StyleName): StyleName[] {
  const counts = doc.sections.map(() => new Map<StyleName, number>());
  const bare = doc.sections.map(() => 0);
  const add = (section: number, style: StyleName) => {
    const map = counts[section];
    if (map) map.set(style, (map.get(style) ?? 0) + 1);
  };
  for (const entry of doc.entries) {
    if (entry.vote) add(entry.sectionIndex, entry.vote);
    else if (!entry.nested && entry.capture.url)
      bare[entry.sectionIndex] = (bare[entry.sectionIndex] ?? 0) + 1;
  }
  const entryStarts = new Set(doc.entries.map((entry) => entry.start));
  for (const item of doc.items) {
    if (inToc(doc, item) || entryStarts.has(item.start)) continue;
    if (doc.lists[item.list]?.ordered) add(item.sectionIndex, 'numbered');
  }
  const linkless = fallback === 'wiki' || fallback === 'numbered';
  return counts.map(
    (map, index) => majority(map) ?? (linkless && (bare[index] ?? 0) > 0 ? 'plain' : fallback),
  );
}

/** The style a Markdown list is written in (the document's majority). */
export function detectStyle(text: string): StyleName {
  return documentStyle(parseDocument(text));
}
