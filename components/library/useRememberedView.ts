/**
 * Restores the list, topic and sort the library showed last, and keeps them as they change.
 * Nothing is written until the stored view has been read, so a slow read never loses it.
 */
import { useEffect, useState } from 'preact/hooks';
import { type LibraryView, readLibraryView } from '../../lib/library-view';
import type { LibraryServices } from './services';

export function useRememberedView(
  store: LibraryServices['rememberedView'],
  apply: (view: LibraryView) => void,
  /** What is shown now; undefined while there is nothing to show. */
  shown: LibraryView | undefined,
): void {
  const [restored, setRestored] = useState(!store);
  useEffect(() => {
    if (!store) return;
    let live = true;
    store
      .load()
      .then(
        (stored) => live && apply(readLibraryView(stored)),
        () => undefined, // Unreadable: start from the defaults.
      )
      .finally(() => live && setRestored(true));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!store || !restored || !shown) return;
    store.save(shown).catch(() => undefined); // Not remembered: nothing else is lost.
  }, [restored, shown?.listId, shown?.topicId, shown?.sort]);
}
