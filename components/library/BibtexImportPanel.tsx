/**
 * "Import BibTeX": a .bib file (or pasted entries) filed under one topic of a list. Nothing
 * is written unless every entry could be read; a bad one is named with its line.
 */
import { useState } from 'preact/hooks';
import type { List } from '../../lib/types';

export interface BibtexImport {
  text: string;
  listId: string;
  /** Topic path (`Papers / Cited`); empty files the entries in the list itself. */
  topic: string;
}

interface Props {
  lists: List[];
  /** The list shown: entries go there unless another is chosen. */
  listId?: string;
  onImport(request: BibtexImport): Promise<boolean>;
  onClose(): void;
}

export function BibtexImportPanel({ lists, listId, onImport, onClose }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [target, setTarget] = useState(listId ?? lists[0]?.id ?? '');
  const [topic, setTopic] = useState('References');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="import-panel panel"
      aria-label="Import BibTeX"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const text = file ? await file.text() : pasted;
        const done = await onImport({ text, listId: target, topic: topic.trim() });
        setBusy(false);
        if (done) onClose();
      }}
    >
      <h2>Import BibTeX</h2>
      <label for="bib-file">BibTeX file</label>
      <input
        id="bib-file"
        type="file"
        accept=".bib,.bibtex,text/x-bibtex,text/plain"
        onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
      />
      <label for="bib-paste">Or paste the entries</label>
      <textarea
        id="bib-paste"
        rows={6}
        value={pasted}
        disabled={file !== null}
        onInput={(event) => setPasted(event.currentTarget.value)}
      />
      <label for="bib-list">Into the list</label>
      <select id="bib-list" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
        {lists.map((list) => (
          <option key={list.id} value={list.id}>
            {list.name}
          </option>
        ))}
      </select>
      <label for="bib-topic">Under the topic</label>
      <input
        id="bib-topic"
        placeholder="Parent / Name (empty: the list itself)"
        value={topic}
        onInput={(e) => setTopic(e.currentTarget.value)}
      />
      <div class="actions">
        <button
          type="submit"
          class="primary"
          disabled={busy || !target || (!file && !pasted.trim())}
        >
          Import
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
