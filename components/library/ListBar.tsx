/**
 * The lists: which one is shown, its name, file name and style (in the "List settings"
 * dialog), and new lists (the same dialog, empty).
 */
import { useState } from 'preact/hooks';
import type { List, StyleName } from '../../lib/types';
import { closeDialogOf, Dialog } from './Dialog';

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
        <Dialog
          key={editing === 'new' ? 'new' : list?.id}
          title={editing === 'new' ? 'New list' : `List settings: ${list?.name ?? ''}`}
          onClose={() => setEditing(null)}
        >
          <ListForm
            initial={
              editing === 'new' || !list
                ? { name: '', fileName: 'README.md', style: 'plain' }
                : list
            }
            submitLabel={editing === 'new' ? 'Create list' : 'Save list'}
            onSave={(fields) => {
              if (editing === 'new' || !list) onCreate(fields);
              else onUpdate(list, fields);
            }}
          />
        </Dialog>
      )}
    </div>
  );
}

type Fields = Pick<List, 'name' | 'fileName' | 'style'>;

/** The fields of a list; the dialog it stands in closes once they are handed on. */
function ListForm(props: { initial: Fields; submitLabel: string; onSave(fields: Fields): void }) {
  // The dialog is keyed by list: another list shown starts a new form.
  const [fields, setFields] = useState<Fields>({ ...props.initial });
  return (
    <form
      class="list-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave({
          name: fields.name,
          fileName: fields.fileName,
          style: fields.style,
        });
        closeDialogOf(event.currentTarget);
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
          {props.submitLabel}
        </button>
        <button type="button" onClick={(event) => closeDialogOf(event.currentTarget)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
