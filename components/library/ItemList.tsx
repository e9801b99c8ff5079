/**
 * Items, a page at a time: 10,000 rows would cost seconds to lay out, 50 cost nothing, and
 * "Show more" (or a narrower search) reaches the rest.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ItemPatch } from '../../lib/collection/items';
import type { Item, List, Topic } from '../../lib/types';
import { ItemEditor } from './ItemEditor';
import { ItemRow } from './ItemRow';
import { MoveMenu } from './MoveMenu';

export const PAGE_SIZE = 50;

interface Props {
  items: Item[];
  lists: List[];
  topics: Topic[];
  heading: string;
  /** Search results span topics: each row then says where it is filed. */
  placesOf?: (item: Item) => string;
  newKeys: Set<string>;
  selection: Set<string>;
  /** A state setter: toggles build on the previous selection, so quick clicks all count. */
  onSelection(next: Set<string> | ((previous: Set<string>) => Set<string>)): void;
  onSave(key: string, patch: ItemPatch): void;
  onMove(keys: string[], topicId: string): void;
  onDelete(keys: string[]): void;
  onMerge(keep: string, drop: string): void;
  onCopyBibtex?(key: string): void;
  /** Told after every render of a new result set (the bench's "results rendered"). */
  onRendered?: () => void;
  /** The search's words, marked in titles and notes. */
  highlight?: readonly string[];
}

export function ItemList(props: Props) {
  const { items, lists, topics, heading, selection, newKeys } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => setShown(PAGE_SIZE), [heading]);
  useLayoutEffect(() => props.onRendered?.(), [items]);
  const toggle = (key: string, on: boolean) =>
    props.onSelection((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const chosen = [...selection];
  // Merge keeps the record saved first: usually the one the list already had.
  const byKey = new Map(items.map((item) => [item.key, item]));
  const pair = chosen
    .map((key) => byKey.get(key))
    .filter((item): item is Item => item !== undefined)
    .sort((a, b) => a.savedAt - b.savedAt);
  return (
    <section class="item-list" aria-label={heading}>
      <h2 class="pane-title">
        {heading} <span class="muted">({items.length})</span>
      </h2>
      {selection.size > 0 && (
        <fieldset class="bulk actions">
          <legend class="visually-hidden">Selected items</legend>
          <span>{selection.size} selected</span>
          <button
            type="button"
            disabled={pair.length !== 2}
            onClick={() => pair[0] && pair[1] && props.onMerge(pair[0].key, pair[1].key)}
          >
            Merge selected
          </button>
          <MoveMenu
            id="move-selected"
            lists={lists}
            topics={topics}
            onMove={(topicId) => props.onMove(chosen, topicId)}
          />
          <button type="button" class="danger" onClick={() => props.onDelete(chosen)}>
            Delete selected
          </button>
          <button type="button" onClick={() => props.onSelection(new Set())}>
            Clear selection
          </button>
        </fieldset>
      )}
      {items.length === 0 && (
        <p class="muted empty-topic">
          {props.placesOf
            ? 'Nothing matches this search in this list.'
            : 'Nothing filed here yet. Open a paper, repository or model, click the Paper Shelf button and choose this topic; or drag items here from another topic, or use an item’s “Move to…” menu.'}
        </p>
      )}
      <ul class="items">
        {items.slice(0, shown).map((item) =>
          editing === item.key ? (
            <li key={item.key} class="item-row editing">
              <ItemEditor
                item={item}
                lists={lists}
                topics={topics}
                onCancel={() => setEditing(null)}
                onSave={(patch) => {
                  setEditing(null);
                  props.onSave(item.key, patch);
                }}
              />
            </li>
          ) : (
            <ItemRow
              key={item.key}
              item={item}
              lists={lists}
              topics={topics}
              places={props.placesOf?.(item)}
              highlight={props.highlight}
              isNew={newKeys.has(item.key)}
              selected={selection.has(item.key)}
              dragKeys={selection.has(item.key) ? chosen : [item.key]}
              onToggle={toggle}
              onEdit={setEditing}
              onMove={(key, topicId) => props.onMove([key], topicId)}
              onDelete={(key) => props.onDelete([key])}
              onCopyBibtex={props.onCopyBibtex}
            />
          ),
        )}
      </ul>
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE_SIZE * 4)}>
          Show more ({items.length - shown} left)
        </button>
      )}
    </section>
  );
}
