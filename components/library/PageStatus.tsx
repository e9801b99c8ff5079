/**
 * The library's one place for messages: what the last action did (polite, with Undo when
 * it can be undone) or why it failed (assertive). The latest message replaces the one
 * before (useLibrary keeps one at a time), and the slot floats over the page's foot, so a
 * message never pushes the list down. The polite region stays in the page even when
 * empty: screen readers only announce changes to a live region they already know; an
 * alert is announced as it appears.
 */
import type { UndoOffer } from './useLibrary';

interface Props {
  status: string;
  error: string;
  undo: UndoOffer | null;
  onUndo(): void;
}

export function PageStatus({ status, error, undo, onUndo }: Props) {
  const text = error ? '' : (undo?.message ?? status);
  return (
    <div class={`page-status${error || text ? ' shown' : ''}`}>
      <p role="status" class="status-bar" aria-live="polite">
        {text}
        {!error && undo && (
          <>
            {' '}
            <button type="button" onClick={onUndo}>
              Undo
            </button>
          </>
        )}
      </p>
      {error && (
        <p role="alert" class="status-error">
          {error}
        </p>
      )}
    </div>
  );
}
