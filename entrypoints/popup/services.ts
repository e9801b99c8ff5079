/**
 * Everything the popup needs from the outside world, passed in so the component can be
 * tested with fakes and a real store on fake-indexeddb.
 */
import type { CopyMarkdownRequest } from '../../components/FileForm';
import type { TabCapture } from '../../extension/tab-capture';
import type { SaveRequest, SaveResult } from '../../lib/messaging';
import type { FilingContext } from '../../lib/store/filing-context';
import type { TopicSuggestion } from '../../lib/suggest';
import type { Capture, Item } from '../../lib/types';

export type { FilingContext };

export interface PopupServices {
  /** What the tab holds (never throws: a reason when there is nothing). */
  capture(): Promise<TabCapture>;
  /** Fills what the page lacked from the sites' APIs (never throws). */
  enrich(capture: Capture): Promise<Capture>;
  filingContext(capture: Capture): Promise<FilingContext>;
  /** Records linked to the work either way (its code, its papers, what cites it). */
  connections(capture: Capture): Promise<Item[]>;
  /** Each list's three topics best suited to the capture, best first (never throws). */
  suggestTopics(capture: Capture): Promise<TopicSuggestion[]>;
  save(request: SaveRequest): Promise<SaveResult>;
  /** Deletes the record from every list; returns it for undo. */
  remove(key: string): Promise<Item | undefined>;
  /** Takes the record out of one list only; returns it as it was, for undo. */
  removeFromList(key: string, listId: string): Promise<Item | undefined>;
  restore(item: Item): Promise<void>;
  /** Opens the library page (and closes the popup, as a link out of it would). */
  openLibrary(): void;
  /** Tells the background a record changed, so the toolbar badges follow. */
  changed(): void;
  /**
   * Asks the background to complete a saved record from the sites' APIs if it lacks
   * details: the background outlives the popup, which the user may close at once.
   */
  completeDetails(key: string): void;
  /**
   * Puts the work's BibTeX entry on the clipboard, saved or not (a saved one keeps the key
   * written here). Optional: the button shows only where it is given.
   */
  copyBibtex?(capture: Capture): Promise<void>;
  /**
   * Puts on the clipboard the lines the chosen list would write for the work under the
   * topic, in the list's own style. Optional: the button shows only where it is given.
   */
  copyMarkdown?(request: CopyMarkdownRequest): Promise<void>;
}
