/** What the library page needs from the outside world; tests pass a store on fake-indexeddb. */
import type { LibraryView } from '../../lib/library-view';
import type { SourceDeps } from '../../lib/sources/cached-json';
import type { CollectionStore } from '../../lib/store/collection-store';
import type { SafetyCopies } from '../../lib/store/safety';
import type { Estimate, SpaceProbe } from '../../lib/store/space';
import type { HeavyWork } from '../../lib/heavy/work';
import type { GitHubServices } from './github/services';

export interface LibraryServices {
  /** Opens the collection; `onBlocked` is told when an older tab keeps an upgrade waiting. */
  open(onBlocked: () => void): Promise<CollectionStore>;
  now(): number;
  /** What the browser still allows the extension (checked before large writes). */
  estimate?: Estimate;
  /** Writes as many bytes as a large write needs to a scratch file, and deletes them. */
  probeSpace?: SpaceProbe;
  /** Where safety copies of the collection are kept before imports and restores. */
  safety?: SafetyCopies;
  /** Offers text as a file download. */
  download(fileName: string, text: string): void;
  copy(text: string): Promise<void>;
  /** Tells the background the collection changed (toolbar badges follow). */
  notifyChanged(): void;
  /** Where a repository's CITATION.cff is read from (GitHub, cached); none: not read. */
  citationSources?: SourceDeps;
  /**
   * Imports, backups and exports run off the page's thread (a Worker); without it they run
   * on the page (unit tests).
   */
  heavy?: HeavyWork;
  /**
   * Where the list, topic and sort shown are kept between visits (storage.local); absent:
   * the page starts from the defaults each time.
   */
  rememberedView?: {
    /** What was stored, unchecked (the page validates it). */
    load(): Promise<unknown>;
    save(view: LibraryView): Promise<void>;
  };
  /** GitHub sync (token in storage.local, the page's fetch); absent: no GitHub buttons. */
  github?: GitHubServices;
}
