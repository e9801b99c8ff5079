/**
 * "Import Markdown": a file (or pasted text) becomes a new list, or refreshes the list it
 * was exported from. Nothing is written until the whole file has been read; a bad file
 * leaves the collection as it was and the message names the line.
 */
import { useState } from 'preact/hooks';
import type { List } from '../../lib/types';

export interface MarkdownImport {
  input: string | Uint8Array;
  fileName: string;
  /** Refresh this list; empty: a new list. */
  listId: string;
}

interface Props {
  lists: List[];
  onImport(request: MarkdownImport): Promise<boolean>;
  onClose(): void;
}

export function MarkdownImportPanel({ lists, onImport, onClose }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [fileName, setFileName] = useState('README.md');
  const [listId, setListId] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="import-panel panel"
      aria-label="Import Markdown"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const input = file ? new Uint8Array(await file.arrayBuffer()) : pasted;
        const done = await onImport({ input, fileName, listId });
        setBusy(false);
        if (done) onClose();
      }}
    >
      <h2>Import Markdown</h2>
      <label for="import-file">Markdown file</label>
      <input
        id="import-file"
        type="file"
        accept=".md,.markdown,text/markdown,text/plain"
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0] ?? null;
          setFile(chosen);
          if (chosen) {
            setFileName(chosen.name);
            // A file named like an existing list's refreshes it unless told otherwise.
            const same = lists.find((list) => list.fileName.split('/').at(-1) === chosen.name);
            if (same) setListId(same.id);
          }
        }}
      />
      <label for="import-paste">Or paste the Markdown</label>
      <textarea
        id="import-paste"
        rows={6}
        value={pasted}
        disabled={file !== null}
        onInput={(event) => setPasted(event.currentTarget.value)}
      />
      <label for="import-target">Into</label>
      <select id="import-target" value={listId} onChange={(e) => setListId(e.currentTarget.value)}>
        <option value="">A new list</option>
        {lists.map((list) => (
          <option key={list.id} value={list.id}>
            Refresh “{list.name}” ({list.fileName})
          </option>
        ))}
      </select>
      {listId === '' && (
        <>
          <label for="import-filename">File name</label>
          <input
            id="import-filename"
            value={fileName}
            onInput={(e) => setFileName(e.currentTarget.value)}
          />
        </>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || (!file && !pasted.trim())}>
          Import
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
