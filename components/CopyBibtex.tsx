/** "Copy BibTeX": one button, and a line saying whether the entry reached the clipboard. */
import { useState } from 'preact/hooks';

interface Props {
  /** Builds the entry and puts it on the clipboard; rejects with a reason to show. */
  onCopy(): Promise<void>;
}

export function CopyBibtex({ onCopy }: Props) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <div class="copy-bibtex">
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onCopy();
            setStatus('BibTeX copied.');
          } catch (error) {
            setStatus(`Could not copy BibTeX: ${(error as Error)?.message ?? String(error)}`);
          } finally {
            setBusy(false);
          }
        }}
      >
        Copy BibTeX
      </button>
      {/* Announced, but not a second "status" region beside the filing form's. */}
      <span aria-live="polite" class="muted small">
        {status}
      </span>
    </div>
  );
}
