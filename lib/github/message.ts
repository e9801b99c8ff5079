/**
 * The commit message a push proposes, from what the list changed since the base:
 * `Add 3 papers to Quantization`, `Add 2 papers and 1 model to 2 topics; update 1 entry`.
 */
import { topicDisplayName } from '../topic-path';
import type { ItemKind, List } from '../types';
import type { LocalChanges } from './local-changes';

const KIND_WORDS: Record<ItemKind, [string, string]> = {
  paper: ['paper', 'papers'],
  repo: ['repository', 'repositories'],
  model: ['model', 'models'],
  dataset: ['dataset', 'datasets'],
  space: ['space', 'spaces'],
  page: ['page', 'pages'],
};

function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function leaf(topic: string, list: Pick<List, 'name'>): string {
  // A name holding ` / ` is one heading's name, written as it reads (lib/topic-path.ts).
  return topic === '' ? list.name : topicDisplayName({ path: topic });
}

function kinds(items: { kind: ItemKind }[]): string {
  const byKind = new Map<ItemKind, number>();
  for (const item of items) byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + 1);
  return joinAnd([...byKind].map(([kind, n]) => count(n, KIND_WORDS[kind])));
}

function where(topics: string[], list: Pick<List, 'name'>): string {
  const unique = [...new Set(topics)];
  if (unique.length <= 2) return joinAnd(unique.map((topic) => leaf(topic, list)));
  return `${unique.length} topics`;
}

export function commitMessage(
  changes: LocalChanges,
  list: Pick<List, 'name' | 'fileName'>,
): string {
  const removedKeys = new Set(changes.removed.map((removed) => removed.key));
  const moved = changes.added.filter((added) => removedKeys.has(added.item.key));
  const movedKeys = new Set(moved.map((added) => added.item.key));
  const added = changes.added.filter((entry) => !removedKeys.has(entry.item.key));
  const removed = changes.removed.filter((entry) => !movedKeys.has(entry.key));
  const parts: string[] = [];
  if (added.length) {
    parts.push(
      `add ${kinds(added.map((a) => a.item))} to ${where(
        added.map((a) => a.topic),
        list,
      )}`,
    );
  }
  if (moved.length) {
    parts.push(
      `move ${kinds(moved.map((a) => a.item))} to ${where(
        moved.map((a) => a.topic),
        list,
      )}`,
    );
  }
  if (changes.edited.length)
    parts.push(`update ${count(changes.edited.length, ['entry', 'entries'])}`);
  if (removed.length) parts.push(`remove ${count(removed.length, ['entry', 'entries'])}`);
  for (const { from, to } of changes.renamed)
    parts.push(`rename ${leaf(from, list)} to ${leaf(to, list)}`);
  const text = parts.join('; ') || `Update ${list.fileName.split('/').at(-1) ?? list.fileName}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
