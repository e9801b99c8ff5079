/**
 * Everything the popup needs from the outside world, passed in so the component can be
 * tested with fakes and a real store on fake-indexeddb.
 */
import type { TabCapture } from '../../lib/capture';
import type { SaveRequest, SaveResult } from '../../lib/messaging';
import type { Capture, Item, Topic } from '../../lib/types';

export interface PopupServices {
  /** What the tab holds (never throws: a reason when there is nothing). */
  capture(): Promise<TabCapture>;
  /** Fills what the page lacked from the sites' APIs (never throws). */
  enrich(capture: Capture): Promise<Capture>;
  findItem(key: string): Promise<{ item: Item; places: string[] } | undefined>;
  topics(): Promise<Topic[]>;
  save(request: SaveRequest): Promise<SaveResult>;
}
