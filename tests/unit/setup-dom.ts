// Component tests only: a real store behind the component needs IndexedDB.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// findBy…/waitFor give up after 1 s by default: on a loaded 2-core CI machine a real store
// behind a component can take longer. A ceiling, not a delay: passing tests end at once.
configure({ asyncUtilTimeout: 5000 });

// jsdom has <dialog> but not showModal()/close() (jsdom/jsdom#3294). Enough of the real
// behaviour for components that use them: open/close, `close` fired after closing, and
// Escape as the browser does it (`cancel`, then close unless the page prevents it).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  const escape = (event: KeyboardEvent) => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.key !== 'Escape' || !dialog.open) return;
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
  };
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.addEventListener('keydown', escape);
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.removeEventListener('keydown', escape);
    this.dispatchEvent(new Event('close'));
  };
}
