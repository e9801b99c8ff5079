/**
 * Everything the popup needs from the outside world, passed in so the component can be
 * tested with fakes and a real store on fake-indexeddb.
 */
import type { TabCapture } from '../../lib/capture';
import type { SaveRequest, SaveResult } from '../../lib/messaging';
import type { Capture, Item, List, Topic } from '../../lib/types';

/** What the form starts from: the lists and topics, and where the work is already. */
export interface FilingContext {
  lists: List[];
  topics: Topic[];
  /** The list a new save goes to (the last one used); undefined before the first save. */
  listId?: string;
  /** The work's record when it is in the collection already. */
  item?: Item;
  /** Where that record is filed, as people read it. */
  places: string[];
  /** The topic the last save of this kind of item went to. */
  lastTopic?: string;
}

export interface PopupServices {
  /** What the tab holds (never throws: a reason when there is nothing). */
  capture(): Promise<TabCapture>;
  /** Fills what the page lacked from the sites' APIs (never throws). */
  enrich(capture: Capture): Promise<Capture>;
  filingContext(capture: Capture): Promise<FilingContext>;
  /** Records linked to the work either way (its code, its papers, what cites it). */
  connections(capture: Capture): Promise<Item[]>;
  /** The three topics best suited to the capture (ranked locally, never throws). */
  suggestTopics(capture: Capture): Promise<Topic[]>;
  save(request: SaveRequest): Promise<SaveResult>;
  remove(key: string): Promise<Item | undefined>;
  restore(item: Item): Promise<void>;
  /** Tells the background a record changed, so the toolbar badges follow. */
  changed(): void;
  /**
   * Puts the work's BibTeX entry on the clipboard, saved or not (a saved one keeps the key
   * written here). Optional: the button shows only where it is given.
   */
  copyBibtex?(capture: Capture): Promise<void>;
}
