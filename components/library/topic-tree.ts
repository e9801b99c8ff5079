/**
 * A list's topics as the tree their paths describe, flattened for display: each topic after
 * its parent, siblings in the list's own order. The order topics were created in says
 * nothing about where they sit: `Toolkits / Apple`, added last, belongs under `Toolkits`,
 * not under whatever topic happens to come last.
 *
 * Counts: `direct` is what is filed in the topic itself, `total` the distinct items of its
 * whole subtree (an item filed in a parent and one of its children counts once).
 */
import { splitTopicPath, unescapeTopicName } from '../../lib/topic-path';
import { TOPIC_SEPARATOR, type Topic } from '../../lib/types';

export interface TopicRow {
  topic: Topic;
  /** 0 for the list itself (path ''), 1 for its top topics, and so on. */
  depth: number;
  /**
   * What the row shows: the last part of the path, or the parts below the nearest topic
   * shown above it when intermediate topics do not exist (`B / C` under `A`).
   */
  label: string;
  /** Items filed in this topic itself; undefined when no items were given. */
  direct?: number;
  /** Distinct items of this topic and every topic below it; undefined when none were given. */
  total?: number;
}

interface Node {
  topic: Topic;
  parts: string[];
  children: Node[];
}

/**
 * Rows in tree order. `itemsOf` gives a topic's item keys (omit it while the collection
 * is still loading: rows then carry no counts).
 */
export function topicRows(
  topics: readonly Topic[],
  itemsOf?: (topicId: string) => readonly string[],
): TopicRow[] {
  const nodes = [...topics]
    .sort((a, b) => a.order - b.order)
    .map((topic): Node => ({ topic, parts: splitTopicPath(topic.path), children: [] }));
  const byPath = new Map<string, Node>();
  for (const node of nodes) {
    const key = node.parts.join(TOPIC_SEPARATOR);
    if (!byPath.has(key)) byPath.set(key, node);
  }

  const roots: Node[] = [];
  for (const node of nodes) {
    const parent = nearestAncestor(node, byPath);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }

  const rows: TopicRow[] = [];
  const visit = (node: Node, depth: number, above: Node | undefined): Set<string> | undefined => {
    const row: TopicRow = { topic: node.topic, depth, label: labelOf(node, above) };
    rows.push(row);
    const own = itemsOf?.(node.topic.id);
    const subtree = own ? new Set(own) : undefined;
    for (const child of node.children) {
      const below = visit(child, depth + 1, node);
      if (subtree && below) for (const key of below) subtree.add(key);
    }
    if (own && subtree) {
      row.direct = new Set(own).size;
      row.total = subtree.size;
    }
    return subtree;
  };
  for (const root of roots) visit(root, root.parts.length === 0 ? 0 : 1, undefined);
  return rows;
}

/**
 * The closest existing topic whose path is a prefix of this one's; the list itself (path
 * '') is every other topic's ancestor when it exists.
 */
function nearestAncestor(node: Node, byPath: Map<string, Node>): Node | undefined {
  if (node.parts.length === 0) return undefined;
  for (let length = node.parts.length - 1; length >= 0; length--) {
    const found = byPath.get(node.parts.slice(0, length).join(TOPIC_SEPARATOR));
    if (found && found !== node) return found;
  }
  return undefined;
}

function labelOf(node: Node, above: Node | undefined): string {
  if (node.parts.length === 0) return '';
  const skip = above ? above.parts.length : 0;
  // A name holding ` / ` is shown as written in its heading, not escaped (lib/topic-path.ts).
  const parts = node.parts.slice(skip).map(unescapeTopicName);
  return parts.join(TOPIC_SEPARATOR) || node.topic.path;
}
