/**
 * The store's connection to IndexedDB, reopened when it is lost. A connection ends when a
 * newer version of the extension opens the database elsewhere (we close ours so it can
 * upgrade: `blocking`) or when the browser closes it after an IO error (`terminated`). A
 * long-lived page such as the background would otherwise fail every later save with "The
 * database connection is closing" until it restarts (issue 12.2).
 */
import { type IDBPDatabase, openDB } from 'idb';
import { describeStoreError } from './errors';
import { type ListReader, migrate, needsListReader } from './migrations';
import { DB_VERSION, type CollectionSchema } from './schema';

export type CollectionDb = IDBPDatabase<CollectionSchema>;

export interface ConnectionOptions {
  name: string;
  /** Told when another tab holds the database open on an older schema. */
  onBlocked?: () => void;
}

/** Errors that mean the connection is gone, not that the request was wrong. */
function isLostConnection(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === 'InvalidStateError' || name === 'UnknownError';
}

export class Connection {
  private opening: Promise<CollectionDb> | undefined;
  private current: CollectionDb | undefined;

  constructor(private readonly options: ConnectionOptions) {}

  /** The open connection, opened now if there is none. */
  get(): Promise<CollectionDb> {
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = undefined;
      throw describeStoreError(error);
    });
    return this.opening;
  }

  /** The connection as it is now, if open (tests close it under the store). */
  get database(): CollectionDb | undefined {
    return this.current;
  }

  /**
   * Runs `work` on the connection. When the connection turns out to be lost, a new one is
   * opened and `work` runs once more: a failed transaction was rolled back, so running the
   * whole of it again is safe.
   */
  async use<T>(work: (db: CollectionDb) => Promise<T>): Promise<T> {
    const db = await this.get();
    try {
      return await work(db);
    } catch (error) {
      if (!isLostConnection(error) && this.current === db) throw error;
      this.forget(db);
      return work(await this.get());
    }
  }

  close(): void {
    this.current?.close();
    this.forget(this.current);
  }

  private forget(db: CollectionDb | undefined): void {
    if (db === undefined || this.current !== db) return;
    this.current = undefined;
    this.opening = undefined;
  }

  /**
   * Opens the database, upgrading it if it is older. An upgrade that reads the imported
   * lists (from before v4) needs the Markdown engine, which most openings never do: the
   * first try goes without it, and such an upgrade is abandoned (nothing written) and made
   * again with the engine loaded.
   */
  private async open(): Promise<CollectionDb> {
    let readerNeeded = false;
    try {
      return await this.openWith(undefined, () => (readerNeeded = true));
    } catch (error) {
      if (!readerNeeded) throw error;
      return this.openWith(await import('../slashed-topics'), () => undefined);
    }
  }

  private async openWith(
    reader: ListReader | undefined,
    onReaderNeeded: () => void,
  ): Promise<CollectionDb> {
    const db: CollectionDb = await openDB<CollectionSchema>(this.options.name, DB_VERSION, {
      upgrade: (database, oldVersion, newVersion, tx) => {
        if (!reader && needsListReader(oldVersion)) {
          onReaderNeeded();
          tx.done.catch(() => undefined); // the abort is ours: no unhandled rejection
          tx.abort();
          return;
        }
        migrate(database, oldVersion, newVersion ?? DB_VERSION, tx, reader);
      },
      blocked: () => this.options.onBlocked?.(),
      // A newer version of the extension wants to upgrade: let it, and reopen when next
      // needed (at our version that fails with VersionError, said plainly by errors.ts).
      blocking: () => {
        db.close();
        this.forget(db);
      },
      terminated: () => this.forget(db),
    });
    this.current = db;
    return db;
  }
}
