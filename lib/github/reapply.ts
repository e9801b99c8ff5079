/**
 * The three-way re-apply behind every push: base = the text the list was last in sync
 * with, ours = the list, theirs = the file on GitHub now. The list's own changes since the
 * base (lib/github/local-changes.ts) are applied to theirs' topics and entries, and the
 * Markdown engine writes the result into theirs' bytes, so every line someone else wrote
 * stays as they wrote it. A change that has nowhere to go any more (its section was
 * deleted on GitHub, its entry was edited there too) is a conflict, named item by item:
 * the caller commits nothing then.
 */
import { parentTopicPath } from '../topic-path';
import type { Collection } from '../collection/collection';
import { exportList, type ImportedEntry, readList } from '../markdown/index';
import type { Item, List } from '../types';
import {
  entriesByPair,
  type LocalChanges,
  localChanges,
  pairKey,
  sameEntryFields,
} from './local-changes';

export interface Conflict {
  /** The item's identity key, or '' for a topic. */
  key: string;
  title: string;
  topic: string;
  /** One sentence: what was done here and what GitHub's file did. */
  message: string;
}

export interface Reapplied {
  /** Theirs with our changes in it (equal to theirs when there is nothing to add). */
  text: string;
  changes: LocalChanges;
  conflicts: Conflict[];
}

interface RebasedTopic {
  sourcePath?: string;
  items: Map<string, Item>;
}

const shown = (topic: string, list: List) => (topic === '' ? list.name : topic);

/** An item standing for a file entry as it is: export finds nothing to rewrite in it. */
function entryItem(entry: ImportedEntry, order: number): Item {
  return {
    ...entry.capture,
    note: entry.note ?? '',
    status: entry.status ?? 'to-read',
    topicIds: [],
    savedAt: order,
    updatedAt: 0,
  };
}

export function reapply(input: {
  collection: Collection;
  list: List;
  base: string;
  remote: string;
  now: Date;
}): Reapplied {
  const { collection, list, remote } = input;
  const changes = localChanges(collection, list, input.base);
  // Theirs is parsed once: read here, then written back into by the same parse.
  const read = readList(remote);
  const theirs = read.imported;
  const conflicts: Conflict[] = [];
  const conflict = (key: string, title: string, topic: string, message: string) =>
    conflicts.push({ key, title, topic, message });

  // Theirs' topics and entries; an item per work from its first entry, as export reads it.
  const firstEntry = new Map<string, Item>();
  theirs.entries.forEach((entry, index) => {
    if (!firstEntry.has(entry.capture.key))
      firstEntry.set(entry.capture.key, entryItem(entry, index));
  });
  const rebased = new Map<string, RebasedTopic>();
  for (const path of ['', ...theirs.topics]) rebased.set(path, { items: new Map() });
  for (const entry of theirs.entries) {
    rebased
      .get(entry.topic)
      ?.items.set(entry.capture.key, firstEntry.get(entry.capture.key) as Item);
  }
  const theirPairs = entriesByPair(theirs);

  // 1. Renamed topics (in place, with everything under them).
  const target = new Map<string, string>();
  for (const { from, to } of changes.renamed) {
    if (rebased.has(from) && !rebased.has(to)) {
      for (const [path, topic] of [...rebased]) {
        if (path !== from && !path.startsWith(`${from} / `)) continue;
        const next = to + path.slice(from.length);
        rebased.delete(path);
        rebased.set(next, { ...topic, sourcePath: topic.sourcePath ?? path });
        target.set(path, next);
      }
    } else if (rebased.has(to)) {
      target.set(from, to); // renamed on GitHub the same way, or pushed before
    } else {
      conflict(
        '',
        from,
        from,
        `The topic "${from}" was renamed to "${to}" here, but "${from}" is no longer in the file on GitHub.`,
      );
    }
  }
  const where = (baseTopic: string) => target.get(baseTopic) ?? baseTopic;

  // 2. Entries removed (or moved away) here.
  for (const removed of changes.removed) {
    const topic = rebased.get(where(removed.baseTopic));
    const theirEntry = theirPairs.get(pairKey(removed.baseTopic, removed.key));
    if (!topic?.items.has(removed.key)) continue; // gone on GitHub as well
    if (theirEntry && !sameEntryFields(entryFields(theirEntry), removed.entry)) {
      conflict(
        removed.key,
        removed.title,
        removed.baseTopic,
        `"${removed.title}" was removed from "${shown(removed.baseTopic, list)}" here, but edited in the file on GitHub.`,
      );
      continue;
    }
    topic.items.delete(removed.key);
  }

  // 3. Topics deleted here go when nothing someone else added is left under them.
  for (const path of changes.deletedTopics) {
    const topic = rebased.get(where(path));
    if (path !== '' && topic && topic.items.size === 0) rebased.delete(where(path));
  }

  // 4. Entries edited here.
  for (const edited of changes.edited) {
    const path = where(edited.baseTopic);
    const topic = rebased.get(path);
    const theirEntry = theirPairs.get(pairKey(edited.baseTopic, edited.item.key));
    if (!topic?.items.has(edited.item.key) || !theirEntry) {
      conflict(
        edited.item.key,
        edited.item.title,
        path,
        `"${edited.item.title}" was edited here, but it is no longer under "${shown(path, list)}" in the file on GitHub.`,
      );
    } else if (
      !sameEntryFields(entryFields(theirEntry), edited.entry) &&
      !sameEntryFields(edited.item, theirEntry)
    ) {
      conflict(
        edited.item.key,
        edited.item.title,
        path,
        `"${edited.item.title}" was edited both here and in the file on GitHub.`,
      );
    } else {
      topic.items.set(edited.item.key, edited.item);
    }
  }

  // 5. Entries added here (saved, or moved in).
  const gone = (path: string | undefined) => path !== undefined && !rebased.has(where(path));
  for (const added of changes.added) {
    const { item } = added;
    if (added.baseTopic !== undefined) {
      const topic = rebased.get(where(added.baseTopic));
      if (!topic) {
        conflict(
          item.key,
          item.title,
          added.topic,
          `"${item.title}" was added to "${shown(added.topic, list)}" here, but that section was deleted in the file on GitHub.`,
        );
        continue;
      }
      if (!topic.items.has(item.key)) topic.items.set(item.key, item);
      continue;
    }
    // A topic new here: its nearest ancestor the base had must still be there.
    const ancestor = ancestors(added.topic).find((path) =>
      changes.topics.some((t) => t.baseTopic === path),
    );
    if (gone(ancestor)) {
      conflict(
        item.key,
        item.title,
        added.topic,
        `"${item.title}" was added under "${ancestor}" here, but that section was deleted in the file on GitHub.`,
      );
      continue;
    }
    const topic = rebased.get(added.topic) ?? { items: new Map<string, Item>() };
    rebased.set(added.topic, topic);
    if (!topic.items.has(item.key)) topic.items.set(item.key, item);
  }

  const text = exportList(
    {
      list: { name: list.name, style: theirs.style, source: remote },
      topics: [...rebased].map(([path, topic]) => ({
        path,
        ...(topic.sourcePath === undefined ? {} : { sourcePath: topic.sourcePath }),
        items: [...topic.items.values()],
      })),
    },
    { now: input.now, read },
  );
  return { text, changes, conflicts };
}

function entryFields(entry: ImportedEntry) {
  const fields: { title: string; url: string; note?: string; status?: string } = {
    title: entry.capture.title,
    url: entry.capture.url,
  };
  if (entry.note !== undefined) fields.note = entry.note;
  if (entry.status !== undefined) fields.status = entry.status;
  return fields;
}

/** `A / B / C` → [`A / B`, `A`], nearest first. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let parent = parentTopicPath(path); parent !== ''; parent = parentTopicPath(parent)) {
    out.push(parent);
  }
  return out;
}
