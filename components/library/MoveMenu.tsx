/**
 * "Move to…": a button that opens a menu of every topic, the keyboard's way to do what
 * dragging onto a topic does. The options exist only while the menu is open: 50 rows of
 * 100 topics each would be 5,000 elements on every render of the list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { List, Topic } from '../../lib/types';

interface Props {
  id: string;
  lists: List[];
  topics: Topic[];
  onMove(topicId: string): void;
}

export function MoveMenu({ id, lists, topics, onMove }: Props) {
  const [open, setOpen] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (open) select.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <button type="button" aria-haspopup="listbox" onClick={() => setOpen(true)}>
        Move to…
      </button>
    );
  }
  return (
    <>
      <label class="visually-hidden" for={id}>
        Move to…
      </label>
      <select
        id={id}
        ref={select}
        value=""
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
        onChange={(event) => {
          const target = event.currentTarget.value;
          setOpen(false);
          if (target) onMove(target);
        }}
      >
        <option value="">Move to…</option>
        {lists.map((list) => (
          <optgroup key={list.id} label={list.name}>
            {topics
              .filter((topic) => topic.listId === list.id)
              .map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.path || `(${list.name})`}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </>
  );
}
