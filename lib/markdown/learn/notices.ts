/**
 * What the export panel tells the user about styles: topics whose new entries could not
 * follow their neighbours (no entries, no shared shape, nothing to put the link in) and
 * were written in a named style instead. Pure: from the imported file and the export.
 */
import { displayTopicPath, parentTopicPath } from '../../topic-path';
import { parseDocument } from '../parse';
import { SectionPatterns } from './section';

function entryKeysByTopic(text: string): Map<string, Set<string>> {
  const doc = parseDocument(text);
  const keys = new Map<string, Set<string>>();
  for (const entry of doc.entries) {
    const set = keys.get(entry.topic) ?? new Set<string>();
    set.add(entry.capture.key);
    keys.set(entry.topic, set);
  }
  return keys;
}

/** One sentence per topic that gained entries written in a named style for want of a pattern. */
export function exportNotices(source: string, exported: string): string[] {
  if (source === exported) return [];
  const before = entryKeysByTopic(source);
  const after = entryKeysByTopic(exported);
  const doc = parseDocument(source);
  const patterns = new SectionPatterns(doc);
  const notices: string[] = [];
  for (const [topic, keys] of after) {
    const old = before.get(topic);
    if (![...keys].some((key) => !old?.has(key))) continue;
    const index = doc.sections.map((section) => section.path).lastIndexOf(topic);
    const parent = parentTopicPath(topic);
    const named =
      index >= 0 ? patterns.usesNamedStyle(index) : patterns.newTopicUsesNamedStyle(parent);
    if (named) continue;
    const found = index >= 0 ? patterns.forSection(index) : patterns.forNewTopic(parent);
    if (found.pattern) continue;
    const where = topic === '' ? 'The list' : `“${displayTopicPath(topic)}”`;
    notices.push(`${where}: ${found.reason}; new entries use a named style.`);
  }
  return notices;
}
