/**
 * The library page's state: the collection as loaded, and `run`, which performs one store
 * operation, keeps its undo, reloads, and turns failures (a full disk, a list removed in
 * another tab) into a message on the page instead of a console line.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Changes } from '../../lib/collection/slice';
import type { CollectionStore, LibraryData } from '../../lib/store/collection-store';
import { describeStoreError } from '../../lib/store/errors';
import { GuardedWriteError } from '../../lib/store/guarded';
import { isEmptierThan, type SafetyCopyInfo } from '../../lib/store/safety';
import type { LibraryServices } from './services';

export interface UndoOffer {
  message: string;
  undo: Changes;
}

export interface Library {
  store: CollectionStore | null;
  data: LibraryData | null;
  /** The safety copy to offer back when the collection holds less than it (else null). */
  safetyOffer: SafetyCopyInfo | null;
  /** False while `data` holds only the first topic's items (the rest is loading). */
  complete: boolean;
  error: string;
  status: string;
  undo: UndoOffer | null;
  setError(message: string): void;
  setStatus(message: string): void;
  /** Runs a store operation; `say` words its result (and may offer undo). */
  run<T>(
    work: (store: CollectionStore) => Promise<T>,
    say?: (result: T) => string | UndoOffer,
    /** Put before the error's message, e.g. "Nothing was imported: ". */
    failure?: string,
    /** The records the operation changed, when `say` offers no undo that names them. */
    touched?: Changes,
  ): Promise<T | undefined>;
  undoLast(): Promise<void>;
  reload(): Promise<void>;
}

export function errorMessage(error: unknown): string {
  // The store closes its connection when a newer version of the extension upgrades the
  // database from another tab (lib/store/connection.ts): when reopening fails too, say so.
  if ((error as { name?: string })?.name === 'InvalidStateError') {
    return 'Paper Shelf was updated in another tab: reload this page to go on.';
  }
  const described = describeStoreError(error);
  return described.message || String(error);
}

export function useLibrary(services: LibraryServices): Library {
  const [store, setStore] = useState<CollectionStore | null>(null);
  const [data, setData] = useState<LibraryData | null>(null);
  const [complete, setComplete] = useState(false);
  const [error, setErrorText] = useState('');
  const [status, setStatusText] = useState('');
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  // One message at a time (issue 16): the latest replaces the one before, whatever its kind,
  // so messages never pile up and push the page down.
  const setError = useCallback((message: string) => {
    setErrorText(message);
    if (message) {
      setStatusText('');
      setUndo(null);
    }
  }, []);
  const setStatus = useCallback((message: string) => {
    setStatusText(message);
    setUndo(null);
    if (message) setErrorText('');
  }, []);
  const [safetyOffer, setSafetyOffer] = useState<SafetyCopyInfo | null>(null);
  const storeRef = useRef<CollectionStore | null>(null);
  // What `run` patches: the latest data, not the data of the render that started it.
  const dataRef = useRef<LibraryData | null>(null);
  dataRef.current = data;

  useEffect(() => {
    let closed = false;
    services
      .open(() =>
        setError(
          'Paper Shelf was updated and needs to upgrade your collection: close its other tabs (library, popup) and reload this page.',
        ),
      )
      .then(async (opened) => {
        if (closed) return;
        storeRef.current = opened;
        setStore(opened);
        setData(await opened.loadFirstTopic());
        const all = await opened.loadLibrary();
        if (closed) return;
        setData(all);
        setComplete(true);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
    return () => {
      closed = true;
    };
  }, [services]);

  const reload = useCallback(async () => {
    if (!storeRef.current) return;
    setData(await storeRef.current.loadLibrary());
    setComplete(true);
  }, []);

  /**
   * After an operation that can be undone, only the records its undo names changed (and
   * the small stores): re-reading those instead of 10,000 items keeps edits instant.
   */
  const refresh = useCallback(
    async (touched: Changes | undefined) => {
      const current = storeRef.current;
      const known = dataRef.current;
      if (current && known && touched && complete)
        setData(await current.reloadTouched(known, touched));
      else await reload();
    },
    [complete, reload],
  );

  const run = useCallback(
    async <T>(
      work: (store: CollectionStore) => Promise<T>,
      say?: (result: T) => string | UndoOffer,
      failure = '',
      touched?: Changes,
    ) => {
      const current = storeRef.current;
      if (!current) return undefined;
      try {
        const result = await work(current);
        setErrorText('');
        const said = say?.(result);
        if (typeof said === 'string') {
          setStatus(said);
        } else if (said) {
          setStatusText('');
          setUndo(said);
        }
        await refresh(touched ?? (said && typeof said !== 'string' ? said.undo : undefined));
        services.notifyChanged();
        return result;
      } catch (error) {
        // A guarded write's message is whole: it says what was checked.
        const prefix = error instanceof GuardedWriteError ? '' : failure;
        setError(prefix + errorMessage(error));
        return undefined;
      }
    },
    [refresh, services, setError, setStatus],
  );

  const undoLast = useCallback(async () => {
    const offer = undo;
    if (!offer) return;
    setUndo(null);
    await run(
      (current) => current.applyUndo(offer.undo),
      () => 'Undone.',
      '',
      offer.undo,
    );
  }, [undo, run]);

  // Whenever the whole collection is known: does it hold less than its last safety copy
  // (an import that failed part-way, a database the browser lost)? Then offer it back.
  useEffect(() => {
    const safety = services.safety;
    if (!safety || !data || !complete) return;
    let stale = false;
    const counts = {
      lists: data.lists.length,
      topics: data.topics.length,
      items: data.items.length,
    };
    safety
      .latest()
      .then((copy) => {
        if (!stale) setSafetyOffer(copy && isEmptierThan(counts, copy) ? copy : null);
      })
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [services, data, complete]);

  return {
    store,
    data,
    safetyOffer,
    complete,
    error,
    status,
    undo,
    setError,
    setStatus,
    run,
    undoLast,
    reload,
  };
}
