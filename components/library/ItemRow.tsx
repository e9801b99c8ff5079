/**
 * One item: its title (a link), what identifies it, its note; selectable for merge and bulk
 * moves; draggable onto a topic, or moved with the "Move to…" menu.
 */

import { revealBidi } from '../../lib/bidi';
import type { Item, List, Topic } from '../../lib/types';
import { itemMetaLine } from '../../lib/item-line';
import { ITEM_TYPE } from './dnd';
import { Highlight } from './Highlight';
import { MoveMenu } from './MoveMenu';

interface Props {
  item: Item;
  lists: List[];
  topics: Topic[];
  /** The topic paths shown under the title (search results span topics). */
  places?: string;
  /** The search's words, marked in the title and the note. */
  highlight?: readonly string[];
  isNew: boolean;
  selected: boolean;
  /** Keys a drag of this row carries: the selection when the row is part of it. */
  dragKeys: string[];
  onToggle(key: string, selected: boolean): void;
  onEdit(key: string): void;
  onMove(key: string, topicId: string): void;
  onDelete(key: string): void;
  /** Copies the item's BibTeX entry (lib/store/cite.ts). */
  onCopyBibtex?(key: string): void;
}

export function ItemRow(props: Props) {
  const { item, lists, topics, places, isNew, selected, dragKeys } = props;
  const select = `select-${item.key}`;
  const move = `move-${item.key}`;
  return (
    <li
      class="item-row"
      draggable
      onDragStart={(event) => {
        event.dataTransfer?.setData(ITEM_TYPE, JSON.stringify(dragKeys));
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <input
        id={select}
        type="checkbox"
        checked={selected}
        aria-label={`Select ${item.title}`}
        onChange={(event) => props.onToggle(item.key, event.currentTarget.checked)}
      />
      <div class="item-main">
        <a class="item-title-link" href={item.url} target="_blank" rel="noreferrer noopener">
          <Highlight text={revealBidi(item.title)} terms={props.highlight ?? []} />
        </a>
        {isNew && <span class="badge new">new</span>}
        {item.status === 'read' && <span class="badge">read</span>}
        <div class="muted small">{itemMetaLine(item, places)}</div>
        {item.note && (
          <div class="item-note">
            <Highlight text={revealBidi(item.note)} terms={props.highlight ?? []} />
          </div>
        )}
      </div>
      <div class="item-actions">
        <button type="button" onClick={() => props.onEdit(item.key)}>
          Edit
        </button>
        <MoveMenu
          id={move}
          lists={lists}
          topics={topics}
          onMove={(topicId) => props.onMove(item.key, topicId)}
        />
        {props.onCopyBibtex && (
          <button type="button" onClick={() => props.onCopyBibtex?.(item.key)}>
            Copy BibTeX
          </button>
        )}
        <button type="button" class="danger" onClick={() => props.onDelete(item.key)}>
          Delete
        </button>
      </div>
    </li>
  );
}
