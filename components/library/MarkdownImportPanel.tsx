/**
 * "Import Markdown": a file (or pasted text) becomes a new list, or refreshes the list it
 * was exported from. Nothing is written until the whole file has been read; a bad file
 * leaves the collection as it was and the message names the line.
 */
import { useState } from 'preact/hooks';
import type { List } from '../../lib/types';
import { FileOrPasteForm } from './FileOrPasteForm';

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
  const [fileName, setFileName] = useState('README.md');
  const [listId, setListId] = useState('');
  return (
    <FileOrPasteForm
      title="Import Markdown"
      id="import"
      fileLabel="Markdown file"
      pasteLabel="Or paste the Markdown"
      accept=".md,.markdown,text/markdown,text/plain"
      read="bytes"
      onFile={(chosen) => {
        if (!chosen) return;
        setFileName(chosen.name);
        // A file named like an existing list's refreshes it unless told otherwise.
        const same = lists.find((list) => list.fileName.split('/').at(-1) === chosen.name);
        if (same) setListId(same.id);
      }}
      onImport={(input) => onImport({ input, fileName, listId })}
      onClose={onClose}
    >
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
    </FileOrPasteForm>
  );
}
