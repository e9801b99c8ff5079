/**
 * The import panels' one form: a file or pasted text, the fields that say where it goes,
 * Import and Cancel. Each import (Markdown, BibTeX) gives only what differs: its names,
 * the files it accepts, how it reads a file, and its destination fields. The panel closes
 * once the import went through; a refused one keeps what was chosen, to correct.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** The panel's heading and accessible name, e.g. "Import Markdown". */
  title: string;
  /** Prefix of the fields' ids (`<id>-file`, `<id>-paste`). */
  id: string;
  fileLabel: string;
  pasteLabel: string;
  /** The file input's `accept`. */
  accept: string;
  /**
   * How a chosen file is read: as text, or as bytes for a reader that detects the
   * encoding itself (a UTF-16 list reads as it would in the CLI).
   */
  read: 'text' | 'bytes';
  /** Told when a file is chosen or cleared (to propose a destination from its name). */
  onFile?(file: File | null): void;
  /** The destination fields, between the text and the buttons. */
  children?: ComponentChildren;
  /** False while the destination fields are not filled in enough to import. */
  ready?: boolean;
  /** Imports; resolves true when done (the panel then closes). */
  onImport(input: string | Uint8Array): Promise<boolean>;
  onClose(): void;
}

export function FileOrPasteForm(props: Props) {
  const { id, read, onFile } = props;
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="import-panel panel"
      aria-label={props.title}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          const input = !file
            ? pasted
            : read === 'bytes'
              ? new Uint8Array(await file.arrayBuffer())
              : await file.text();
          if (await props.onImport(input)) props.onClose();
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2>{props.title}</h2>
      <label for={`${id}-file`}>{props.fileLabel}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept={props.accept}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0] ?? null;
          setFile(chosen);
          onFile?.(chosen);
        }}
      />
      <label for={`${id}-paste`}>{props.pasteLabel}</label>
      <textarea
        id={`${id}-paste`}
        rows={6}
        value={pasted}
        disabled={file !== null}
        onInput={(event) => setPasted(event.currentTarget.value)}
      />
      {props.children}
      <div class="actions">
        <button
          type="submit"
          class="primary"
          disabled={busy || props.ready === false || (!file && !pasted.trim())}
        >
          Import
        </button>
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
