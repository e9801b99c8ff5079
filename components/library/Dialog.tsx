/**
 * A modal `<dialog>` opened with showModal(): titled by its heading, closed by Escape (the
 * browser's `cancel`), by a Cancel button or by the caller, and focus goes back where it
 * was, or to `returnFocus()` when the caller knows better (the row of a renamed topic).
 * The page behind it is inert while it is open, so Tab stays inside.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  title: string;
  /** Told once the dialog closed, however (Escape, Cancel, a finished action). */
  onClose(): void;
  /** Where focus goes after closing; by default the element focused before opening. */
  returnFocus?(): HTMLElement | null | undefined;
  class?: string;
  children: ComponentChildren;
}

export function Dialog({ title, onClose, returnFocus, class: className, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Read at every close: the caller's idea of where focus belongs may change meanwhile.
  const closing = useRef({ onClose, returnFocus });
  closing.current = { onClose, returnFocus };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!element.open) element.showModal();
    const closed = () => {
      closing.current.onClose();
      // After the caller's state change has rendered: the row to focus may be new.
      requestAnimationFrame(() => {
        const target = closing.current.returnFocus?.() ?? opener;
        if (target?.isConnected) target.focus();
      });
    };
    element.addEventListener('close', closed);
    return () => {
      element.removeEventListener('close', closed);
      // Unmounted while open (the caller dropped it): the page must not stay inert.
      if (element.open) {
        element.close();
        if (opener?.isConnected) opener.focus();
      }
    };
  }, []);

  return (
    <dialog ref={dialog} class={`dialog ${className ?? ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} class="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** Closes the dialog that holds `element` (a Cancel button's click, a finished form). */
export function closeDialogOf(element: Element | null): void {
  element?.closest('dialog')?.close();
}
