/**
 * "Import BibTeX": a .bib file (or pasted entries) filed under one topic of a list. Nothing
 * is written unless every entry could be read; a bad one is named with its line.
 */
import { useState } from 'preact/hooks';
import type { List } from '../../lib/types';
import { FileOrPasteForm } from './FileOrPasteForm';

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
  const [target, setTarget] = useState(listId ?? lists[0]?.id ?? '');
  const [topic, setTopic] = useState('References');
  return (
    <FileOrPasteForm
      title="Import BibTeX"
      id="bib"
      fileLabel="BibTeX file"
      pasteLabel="Or paste the entries"
      accept=".bib,.bibtex,text/x-bibtex,text/plain"
      read="text"
      ready={target !== ''}
      onImport={(input) =>
        onImport({
          // read="text" hands over text; bytes would be UTF-8 (BibTeX names no encoding).
          text: typeof input === 'string' ? input : new TextDecoder().decode(input),
          listId: target,
          topic: topic.trim(),
        })
      }
      onClose={onClose}
    >
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
    </FileOrPasteForm>
  );
}
