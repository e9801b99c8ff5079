/** The lists: which one is shown, its name, file name and style, and new lists. */
import { useEffect, useState } from 'preact/hooks';
import type { List, StyleName } from '../../lib/types';

const STYLES: StyleName[] = ['plain', 'awesome', 'numbered', 'wiki', 'obsidian'];

interface Props {
  lists: List[];
  list: List | undefined;
  onSelect(listId: string): void;
  onUpdate(list: List, patch: Pick<List, 'name' | 'fileName' | 'style'>): void;
  onCreate(fields: Pick<List, 'name' | 'fileName' | 'style'>): void;
}

export function ListBar({ lists, list, onSelect, onUpdate, onCreate }: Props) {
  const [editing, setEditing] = useState<'settings' | 'new' | null>(null);
  return (
    <div class="list-bar">
      <div class="field">
        <label for="list-select">List</label>
        <select
          id="list-select"
          value={list?.id ?? ''}
          onChange={(e) => onSelect(e.currentTarget.value)}
        >
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} ({l.fileName})
            </option>
          ))}
        </select>
      </div>
      {list && (
        <span class="muted">
          {list.fileName} · {list.style}
          {list.exportedAt ? ` · exported ${new Date(list.exportedAt).toLocaleString()}` : ''}
        </span>
      )}
      <button
        type="button"
        disabled={!list}
        onClick={() => setEditing(editing === 'settings' ? null : 'settings')}
      >
        List settings
      </button>
      <button type="button" onClick={() => setEditing(editing === 'new' ? null : 'new')}>
        New list
      </button>
      {editing && (
        <ListForm
          key={editing === 'new' ? 'new' : list?.id}
          title={editing === 'new' ? 'New list' : 'List settings'}
          initial={
            editing === 'new' || !list ? { name: '', fileName: 'README.md', style: 'plain' } : list
          }
          onCancel={() => setEditing(null)}
          onSave={(fields) => {
            setEditing(null);
            if (editing === 'new' || !list) onCreate(fields);
            else onUpdate(list, fields);
          }}
        />
      )}
    </div>
  );
}

type Fields = Pick<List, 'name' | 'fileName' | 'style'>;

function ListForm(props: {
  title: string;
  initial: Fields;
  onSave(fields: Fields): void;
  onCancel(): void;
}) {
  const [fields, setFields] = useState<Fields>({ ...props.initial });
  useEffect(() => setFields({ ...props.initial }), [props.initial]);
  return (
    <form
      class="panel list-form"
      aria-label={props.title}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave({
          name: fields.name,
          fileName: fields.fileName,
          style: fields.style,
        });
      }}
    >
      <label for="list-name">Name</label>
      <input
        id="list-name"
        required
        value={fields.name}
        onInput={(e) => setFields({ ...fields, name: e.currentTarget.value })}
      />
      <label for="list-file">File name</label>
      <input
        id="list-file"
        required
        value={fields.fileName}
        onInput={(e) => setFields({ ...fields, fileName: e.currentTarget.value })}
      />
      <label for="list-style">Style</label>
      <select
        id="list-style"
        value={fields.style}
        onChange={(e) => setFields({ ...fields, style: e.currentTarget.value as StyleName })}
      >
        {STYLES.map((style) => (
          <option key={style} value={style}>
            {style}
          </option>
        ))}
      </select>
      <div class="actions">
        <button type="submit" class="primary">
          Save list
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
