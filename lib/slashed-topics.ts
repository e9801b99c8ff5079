/**
 * Collections saved before a heading's own ` / ` was escaped in topic paths (topic-path.ts)
 * hold such a heading split into made-up levels: `### Speech / Audio / Music` under
 * `## Audio` was the topic `Audio / Speech / Audio / Music`, and importing it also created
 * the empty parents `Audio / Speech` and `Audio / Speech / Audio`. Only an imported list's
 * file can tell a heading's slash from nesting, so a list with a `source` is read again:
 * each of its topics that holds an escaped slash takes over the old spelling's topic (and
 * the topics under it), and the made-up parents go when nothing is filed in or under them.
 * Lists without a file keep their paths: there, ` / ` was always typed as nesting.
 * Idempotent: a collection already in the new spelling has nothing to change.
 */
import { importList } from './markdown/index';
import { displayTopicPath } from './topic-path';
import type { List, Topic } from './types';
import { TOPIC_SEPARATOR } from './types';

export interface SlashedTopicFixes {
  /** Topics whose path (and sourcePath) changed, as they are now. */
  changed: Topic[];
  /** Topic id → the id of the topic that already had its new path: items move there. */
  merged: Map<string, string>;
  /** Parents only the old spelling implied, deepest first (see removableParents). */
  impliedParents: { id: string; path: string }[];
  /** Every topic of the migrated lists that stays, with its path after the migration. */
  paths: { id: string; listId: string; path: string }[];
}

/** Old spelling → new, longest first, for the lists whose file holds a heading with ` / `. */
function respellings(list: List): [string, string][] {
  if (!list.source || !/\s\/\s/.test(list.source)) return [];
  const pairs: [string, string][] = [];
  for (const path of importList(list.source).topics) {
    const old = displayTopicPath(path);
    if (old !== path) pairs.push([old, path]);
  }
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

function respell(path: string, pairs: [string, string][]): string {
  for (const [old, now] of pairs) {
    if (path === old) return now;
    if (path.startsWith(old + TOPIC_SEPARATOR)) return now + path.slice(old.length);
  }
  return path;
}

export function slashedTopicFixes(lists: List[], topics: Topic[]): SlashedTopicFixes {
  const fixes: SlashedTopicFixes = {
    changed: [],
    merged: new Map(),
    impliedParents: [],
    paths: [],
  };
  for (const list of lists) {
    const pairs = respellings(list);
    if (!pairs.length) continue;
    const own = topics.filter((topic) => topic.listId === list.id);
    const byPath = new Map(own.map((topic) => [topic.path, topic]));
    const after = new Map<string, string>(); // topic id → path after the migration
    for (const topic of own) {
      const path = respell(topic.path, pairs);
      after.set(topic.id, path);
      if (path === topic.path) continue;
      const existing = byPath.get(path);
      if (existing && existing.id !== topic.id) {
        fixes.merged.set(topic.id, existing.id);
        after.delete(topic.id);
        continue;
      }
      const changed: Topic = { ...topic, path };
      if (topic.sourcePath !== undefined) changed.sourcePath = respell(topic.sourcePath, pairs);
      fixes.changed.push(changed);
    }
    // Parents only the old spelling implied: a strict prefix of an old path and no heading
    // of the file. Deepest first, so a parent is judged after the ones under it.
    const headings = new Set(importList(list.source ?? '').topics);
    const implied = own.filter(
      (topic) =>
        after.has(topic.id) &&
        topic.path !== '' &&
        !headings.has(topic.path) &&
        pairs.some(([old]) => old.startsWith(topic.path + TOPIC_SEPARATOR)),
    );
    implied.sort((a, b) => b.path.length - a.path.length);
    for (const topic of implied) fixes.impliedParents.push({ id: topic.id, path: topic.path });
    for (const [id, path] of after) fixes.paths.push({ id, listId: list.id, path });
  }
  return fixes;
}

/**
 * The made-up parents to remove: those with no item filed in them (`hasItems`) and no topic
 * left under them once the others go.
 */
export function removableParents(
  fixes: SlashedTopicFixes,
  hasItems: (topicId: string) => boolean,
): Set<string> {
  const gone = new Set<string>();
  const listOf = new Map(fixes.paths.map((entry) => [entry.id, entry.listId]));
  for (const parent of fixes.impliedParents) {
    if (hasItems(parent.id)) continue;
    const under = fixes.paths.some(
      (entry) =>
        !gone.has(entry.id) &&
        entry.listId === listOf.get(parent.id) &&
        entry.path.startsWith(parent.path + TOPIC_SEPARATOR),
    );
    if (!under) gone.add(parent.id);
  }
  return gone;
}

/**
 * The fixes applied to a whole collection held in memory (a backup being restored): items of
 * merged topics move to the topic that stays; a made-up parent holding items stays.
 */
export function migrateSlashedTopics<
  T extends { lists: List[]; topics: Topic[]; items: { topicIds: string[] }[] },
>(collection: T): T {
  const fixes = slashedTopicFixes(collection.lists, collection.topics);
  if (!fixes.changed.length && !fixes.merged.size) return collection;
  const items = collection.items.map((item) => {
    if (!item.topicIds.some((id) => fixes.merged.has(id))) return item;
    const ids = item.topicIds.map((id) => fixes.merged.get(id) ?? id);
    return { ...item, topicIds: [...new Set(ids)] };
  });
  const used = new Set(items.flatMap((item) => item.topicIds));
  const gone = new Set([...fixes.merged.keys(), ...removableParents(fixes, (id) => used.has(id))]);
  const changed = new Map(fixes.changed.map((topic) => [topic.id, topic]));
  const topics = collection.topics
    .filter((topic) => !gone.has(topic.id))
    .map((topic) => changed.get(topic.id) ?? topic);
  return { ...collection, topics, items };
}
