/**
 * "Export backup" and "Import backup": the whole collection as one JSON file. A backup is
 * read and checked completely before the page asks to replace the collection with it.
 */
import { useRef, useState } from 'preact/hooks';
import { closeDialogOf, Dialog } from './Dialog';

interface Props {
  onExport(): void;
  /** Replaces the collection, and says how it went (resolves false when refused). */
  onImport(text: string): Promise<boolean>;
  onError(message: string): void;
}

export function BackupPanel({ onExport, onImport, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState<{ text: string; name: string; summary: string } | null>(
    null,
  );
  return (
    <div class="backup">
      <button type="button" onClick={onExport}>
        Export backup
      </button>
      <button type="button" ref={opener} onClick={() => input.current?.click()}>
        Import backup
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Backup file"
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          try {
            const { backupText, MAX_BACKUP_BYTES, parseBackup, tooLarge } =
              await import('../../lib/backup');
            // Refused before it is read: a huge file would hold the page for nothing.
            if (file.size > MAX_BACKUP_BYTES) throw tooLarge(file.size);
            // Bytes, not file.text(): a UTF-16 backup is read the same as by the CLI.
            const bytes = new Uint8Array(await file.arrayBuffer());
            const backup = parseBackup(bytes);
            setPending({
              text: backupText(bytes),
              name: file.name,
              summary: `${backup.lists.length} lists, ${backup.topics.length} topics, ${backup.items.length} items`,
            });
          } catch (error) {
            setPending(null);
            onError(`${file.name} was not imported, nothing changed: ${(error as Error).message}`);
          }
        }}
      />
      {pending && (
        // Focus returns to "Import backup": the hidden file input that opened it cannot hold it.
        <Dialog
          title="Replace your collection?"
          onClose={() => setPending(null)}
          returnFocus={() => opener.current}
        >
          <p>
            Replace your whole collection with {pending.name} ({pending.summary})? Export a backup
            first if you may want today's collection back.
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={async (event) => {
                const button = event.currentTarget;
                // Closed either way: what happened is said in the page's status line, which
                // a modal dialog would keep out of reach.
                await onImport(pending.text);
                closeDialogOf(button);
              }}
            >
              Replace collection
            </button>
            <button type="button" autoFocus onClick={(event) => closeDialogOf(event.currentTarget)}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
