/** A list's Markdown, ready to commit: shown in a read-only box, copied or downloaded. */
import { useState } from 'preact/hooks';

interface Props {
  fileName: string;
  markdown: string;
  onCopy(text: string): Promise<void>;
  onDownload(fileName: string, text: string): void;
}

export function ExportPanel({ fileName, markdown, onCopy, onDownload }: Props) {
  const [status, setStatus] = useState('');
  return (
    <section class="export-panel" aria-label="Export">
      <label for="markdown">Markdown</label>
      <textarea id="markdown" readOnly rows={18} value={markdown} spellcheck={false} />
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            onCopy(markdown).then(
              () => setStatus('Copied to the clipboard.'),
              (error: unknown) => setStatus(`Could not copy: ${String(error)}`),
            )
          }
        >
          Copy
        </button>
        <button
          type="button"
          onClick={() => {
            onDownload(fileName, markdown);
            setStatus(`Downloaded ${fileName}.`);
          }}
        >
          Download
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
