/** What the library page needs from the outside world; tests pass a store on fake-indexeddb. */
import type { SourceDeps } from '../../lib/sources/cached-json';
import type { ShelfDb } from '../../lib/store/library';

export interface LibraryServices {
  /** Opens the collection; `onBlocked` is told when an older tab keeps an upgrade waiting. */
  open(onBlocked: () => void): Promise<ShelfDb>;
  now(): number;
  /** Offers text as a file download. */
  download(fileName: string, text: string): void;
  copy(text: string): Promise<void>;
  /** Tells the background the collection changed (toolbar badges follow). */
  notifyChanged(): void;
  /** Where a repository's CITATION.cff is read from (GitHub, cached); none: not read. */
  citationSources?: SourceDeps;
}
