/** Search and filters over the selected list: every control labelled, nothing hidden. */
import type { ComponentChildren } from 'preact';
import type { ItemKind, ReadStatus } from '../../lib/types';

export interface Filters {
  query: string;
  kind: ItemKind | '';
  status: ReadStatus | '';
  newOnly: boolean;
}

export const NO_FILTERS: Filters = { query: '', kind: '', status: '', newOnly: false };

const KINDS: [ItemKind, string][] = [
  ['paper', 'Papers'],
  ['repo', 'Repositories'],
  ['model', 'Models'],
  ['dataset', 'Datasets'],
  ['space', 'Spaces'],
  ['page', 'Pages'],
];

interface Props {
  filters: Filters;
  onChange(filters: Filters): void;
  /** How many items are new since the last export, shown beside the filter. */
  newCount: number;
  /** More controls of the same row (the sort order). */
  children?: ComponentChildren;
}

export function FilterBar({ filters, onChange, newCount, children }: Props) {
  return (
    <div class="filter-bar">
      <div class="field grow">
        <label for="search">Search</label>
        <input
          id="search"
          type="search"
          placeholder="Title, author, id or note"
          value={filters.query}
          onInput={(event) => {
            // The bench measures keystroke → results from here (see bench/library.ts).
            performance.mark('paper-shelf:search-start');
            onChange({ ...filters, query: event.currentTarget.value });
          }}
        />
      </div>
      <div class="field">
        <label for="filter-kind">Kind</label>
        <select
          id="filter-kind"
          value={filters.kind}
          onChange={(event) =>
            onChange({ ...filters, kind: event.currentTarget.value as Filters['kind'] })
          }
        >
          <option value="">All kinds</option>
          {KINDS.map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-status">Status</label>
        <select
          id="filter-status"
          value={filters.status}
          onChange={(event) =>
            onChange({ ...filters, status: event.currentTarget.value as Filters['status'] })
          }
        >
          <option value="">Any status</option>
          <option value="to-read">To read</option>
          <option value="read">Read</option>
        </select>
      </div>
      <div class="field check">
        <input
          id="filter-new"
          type="checkbox"
          checked={filters.newOnly}
          onChange={(event) => onChange({ ...filters, newOnly: event.currentTarget.checked })}
        />
        <label for="filter-new">New since last export ({newCount})</label>
      </div>
      {children}
    </div>
  );
}
