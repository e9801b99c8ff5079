/**
 * Which list a save goes to, shown only when there is a choice: with one list (the usual
 * case) the popup stays one field shorter.
 */
import type { List } from '../lib/types';

export interface ListChooserProps {
  lists: readonly List[];
  /** The chosen list's id. */
  value: string;
  onChange(listId: string): void;
  id?: string;
}

export function ListChooser({ lists, value, onChange, id = 'list' }: ListChooserProps) {
  if (lists.length <= 1) return null;
  return (
    <div class="list-chooser">
      <label for={id}>List</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {lists.map((list) => (
          <option key={list.id} value={list.id}>
            {list.name}
          </option>
        ))}
      </select>
    </div>
  );
}
