/**
 * The library page's state: the collection as loaded, and `run`, which performs one store
 * operation, keeps its undo, reloads, and turns failures (a full disk, a list removed in
 * another tab) into a message on the page instead of a console line.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describeStoreError } from '../../lib/store/errors';
import {
  applyUndo,
  type LibraryData,
  loadFirstTopic,
  loadLibrary,
  reloadTouched,
  type ShelfDb,
  type Undo,
} from '../../lib/store/library';
import type { LibraryServices } from './services';

export interface UndoOffer {
  message: string;
  undo: Undo;
}

export interface Library {
  db: ShelfDb | null;
  data: LibraryData | null;
  /** False while `data` holds only the first topic's items (the rest is loading). */
  complete: boolean;
  error: string;
  status: string;
  undo: UndoOffer | null;
  setError(message: string): void;
  setStatus(message: string): void;
  /** Runs a store operation; `say` words its result (and may offer undo). */
  run<T>(
    work: (db: ShelfDb) => Promise<T>,
    say?: (result: T) => string | UndoOffer,
    /** Put before the error's message, e.g. "Nothing was imported: ". */
    failure?: string,
    /** The records the operation changed, when `say` offers no undo that names them. */
    touched?: Undo,
  ): Promise<T | undefined>;
  undoLast(): Promise<void>;
  reload(): Promise<void>;
}

export function errorMessage(error: unknown): string {
  // The store closes its connection when a newer version of the extension upgrades the
  // database from another tab (Shelf.open's `blocking`): every later request fails so.
  if ((error as { name?: string })?.name === 'InvalidStateError') {
    return 'Paper Shelf was updated in another tab: reload this page to go on.';
  }
  const described = describeStoreError(error);
  return described.message || String(error);
}

export function useLibrary(services: LibraryServices): Library {
  const [db, setDb] = useState<ShelfDb | null>(null);
  const [data, setData] = useState<LibraryData | null>(null);
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const dbRef = useRef<ShelfDb | null>(null);
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
        dbRef.current = opened;
        setDb(opened);
        setData(await loadFirstTopic(opened));
        const all = await loadLibrary(opened);
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
    if (!dbRef.current) return;
    setData(await loadLibrary(dbRef.current));
    setComplete(true);
  }, []);

  /**
   * After an operation that can be undone, only the records its undo names changed (and
   * the small stores): re-reading those instead of 10,000 items keeps edits instant.
   */
  const refresh = useCallback(
    async (touched: Undo | undefined) => {
      const current = dbRef.current;
      const known = dataRef.current;
      if (current && known && touched && complete)
        setData(await reloadTouched(current, known, touched));
      else await reload();
    },
    [complete, reload],
  );

  const run = useCallback(
    async <T>(
      work: (db: ShelfDb) => Promise<T>,
      say?: (result: T) => string | UndoOffer,
      failure = '',
      touched?: Undo,
    ) => {
      const current = dbRef.current;
      if (!current) return undefined;
      try {
        const result = await work(current);
        setError('');
        const said = say?.(result);
        if (typeof said === 'string') {
          setStatus(said);
          setUndo(null);
        } else if (said) {
          setStatus('');
          setUndo(said);
        }
        await refresh(touched ?? (said && typeof said !== 'string' ? said.undo : undefined));
        services.notifyChanged();
        return result;
      } catch (error) {
        setError(failure + errorMessage(error));
        return undefined;
      }
    },
    [refresh, services],
  );

  const undoLast = useCallback(async () => {
    const offer = undo;
    if (!offer) return;
    setUndo(null);
    await run(
      (current) => applyUndo(current, offer.undo),
      () => 'Undone.',
      '',
      offer.undo,
    );
  }, [undo, run]);

  return { db, data, complete, error, status, undo, setError, setStatus, run, undoLast, reload };
}
