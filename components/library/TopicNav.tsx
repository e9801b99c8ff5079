/**
 * A list's topics as a tree of buttons: choose one to browse it, drop items on one to move
 * them there, drop a topic on another to nest it. Keyboard users get the same moves from
 * the "Move to…" menu and the topic's dialog. The chosen topic's row has a "⋯" button
 * that opens that dialog; any row's context menu (right click, the Menu key, Shift+F10)
 * opens it too.
 */

import { useMemo } from 'preact/hooks';
import type { Item, Topic } from '../../lib/types';
import { carries, ITEM_TYPE, TOPIC_TYPE } from './dnd';
import { topicRows } from './topic-tree';

export interface TopicNavProps {
  listName: string;
  topics: Topic[];
  /** Items per topic; undefined while the collection is still loading. */
  byTopic: Map<string, Item[]> | undefined;
  selected: string | undefined;
  onSelect(topicId: string): void;
  onDropItems(keys: string[], topicId: string): void;
  onDropTopic(topicId: string, parent: Topic): void;
  /** Opens the topic's dialog (rename, sub-topic, move, delete). */
  onManage?(topicId: string): void;
}

/** The tree row's button of a topic, to give focus back to after its dialog closed. */
export function topicRowButton(topicId: string): HTMLElement | null {
  const rows = document.querySelectorAll<HTMLElement>('.topic-button');
  return [...rows].find((row) => row.dataset.topicId === topicId) ?? null;
}

export function TopicNav({
  listName,
  topics,
  byTopic,
  selected,
  onSelect,
  onDropItems,
  onDropTopic,
  onManage,
}: TopicNavProps) {
  const rows = useMemo(
    () => topicRows(topics, byTopic && ((id) => (byTopic.get(id) ?? []).map((item) => item.key))),
    [topics, byTopic],
  );
  return (
    <nav class="topic-nav" aria-label="Topics">
      <ul>
        {rows.map(({ topic, depth, label, direct, total }) => {
          return (
            <li key={topic.id} class="topic-row" style={{ paddingInlineStart: `${depth * 14}px` }}>
              <button
                type="button"
                class="topic-button"
                data-topic-id={topic.id}
                aria-current={topic.id === selected ? 'true' : undefined}
                draggable={topic.path !== ''}
                onClick={() => onSelect(topic.id)}
                onContextMenu={(event) => {
                  if (!onManage) return;
                  event.preventDefault();
                  onSelect(topic.id);
                  onManage(topic.id);
                }}
                onDragStart={(event) => event.dataTransfer?.setData(TOPIC_TYPE, topic.id)}
                onDragOver={(event) => {
                  if (carries(event, ITEM_TYPE) || carries(event, TOPIC_TYPE))
                    event.preventDefault();
                }}
                onDrop={(event) => {
                  event.preventDefault();
                  const items = event.dataTransfer?.getData(ITEM_TYPE);
                  const moved = event.dataTransfer?.getData(TOPIC_TYPE);
                  if (items) onDropItems(parseKeys(items), topic.id);
                  else if (moved && moved !== topic.id) onDropTopic(moved, topic);
                }}
              >
                <span class="topic-name">{topic.path ? label : listName}</span>
                {total !== undefined && <TopicCount direct={direct ?? 0} total={total} />}
              </button>
              {onManage && topic.id === selected && (
                <button
                  type="button"
                  class="topic-manage"
                  aria-haspopup="dialog"
                  aria-label={`Manage ${topic.path ? `topic ${label}` : `topics of ${listName}`}`}
                  title="Rename, add a sub-topic, move, delete"
                  onClick={() => onManage(topic.id)}
                >
                  ⋯
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The items of a topic and everything below it; the topic's own count beside it when some
 * of them sit in sub-topics, so a parent never reads 0 while its children hold items.
 */
function TopicCount({ direct, total }: { direct: number; total: number }) {
  if (direct === total) {
    return (
      <span class="count">
        {total}
        <span class="visually-hidden"> items</span>
      </span>
    );
  }
  return (
    <span class="count" title={`${total} items here and below, ${direct} in this topic itself`}>
      {total}
      <span class="visually-hidden"> items, {direct} directly here</span>
      <span class="count-direct" aria-hidden="true">
        {' '}
        ({direct})
      </span>
    </span>
  );
}

/** The keys a dragged row carries; anything else (another page's drag) carries none. */
function parseKeys(data: string): string[] {
  try {
    const keys: unknown = JSON.parse(data);
    return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}
