/** How a topic's items are ordered on the page (the export keeps its own order). */
import type { SortOrder } from '../../lib/sort-items';

const LABELS: [SortOrder, string][] = [
  ['added', 'Date added'],
  ['published', 'Date published'],
  ['title', 'Title'],
];

interface Props {
  value: SortOrder;
  onChange(order: SortOrder): void;
}

export function SortSelect({ value, onChange }: Props) {
  return (
    <div class="field">
      <label for="sort-items">Sort by</label>
      <select
        id="sort-items"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as SortOrder)}
      >
        {LABELS.map(([order, label]) => (
          <option key={order} value={order}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
