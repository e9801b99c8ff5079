/**
 * A list's topics as a tree of buttons: choose one to browse it, drop items on one to move
 * them there, drop a topic on another to nest it. Keyboard users get the same moves from
 * the "Move to…" and "Nest under" menus.
 */

import { topicName } from '../../lib/topic-path';
import type { Topic } from '../../lib/types';
import { carries, ITEM_TYPE, TOPIC_TYPE } from './dnd';

interface Props {
  listName: string;
  topics: Topic[];
  /** Items per topic; undefined while the collection is still loading. */
  counts: Map<string, number> | undefined;
  selected: string | undefined;
  onSelect(topicId: string): void;
  onDropItems(keys: string[], topicId: string): void;
  onDropTopic(topicId: string, parent: Topic): void;
}

export function TopicNav({
  listName,
  topics,
  counts,
  selected,
  onSelect,
  onDropItems,
  onDropTopic,
}: Props) {
  return (
    <nav class="topic-nav" aria-label="Topics">
      <ul>
        {topics.map((topic) => {
          const depth = topic.path ? topic.path.split(' / ').length : 0;
          const count = counts?.get(topic.id);
          return (
            <li key={topic.id} style={{ paddingInlineStart: `${depth * 14}px` }}>
              <button
                type="button"
                class="topic-button"
                aria-current={topic.id === selected ? 'true' : undefined}
                draggable={topic.path !== ''}
                onClick={() => onSelect(topic.id)}
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
                <span class="topic-name">{topic.path ? topicName(topic) : listName}</span>
                {count !== undefined && (
                  <span class="count">
                    {count}
                    <span class="visually-hidden"> items</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
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
