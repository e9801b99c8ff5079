/**
 * The background completes saves whose details came late (issue 12.3). A save from the
 * popup, the keyboard shortcut or the context menu is written at once with what the page
 * gave; when that lacks details (a PDF tab: its id as the title, no authors), the background
 * asks the sites' APIs and merges the answer into the stored record. The background owns
 * this, not the popup: the popup may be closed long before a slow API answers. The rules of
 * the merge (what the user changed meanwhile wins) are lib/collection/late-details.ts.
 */
import { completeDetails, needsLateDetails } from '../../lib/collection/late-details';
import type { CollectionStore } from '../../lib/store/collection-store';
import type { Capture, Item } from '../../lib/types';

export interface LateDetailsDeps {
  shelf(): Promise<CollectionStore>;
  /** The sites' APIs (lib/sources): never throws; a failure comes back as a note. */
  enrich(capture: Capture): Promise<Capture>;
}

export class LateDetails {
  /** Keys being completed now: a second save of the same work does not ask again. */
  private readonly pending = new Map<string, Promise<Item | null>>();

  constructor(private readonly deps: LateDetailsDeps) {}

  /**
   * After a save of `saved` (the record as the save wrote it): completes it in the
   * background when it lacks details (`always`: asks the APIs whatever it holds, as the
   * one-key save does; each source still decides whether it has anything to add). Never
   * throws, and the save does not wait for it.
   */
  after(saved: Capture, ask: 'if-incomplete' | 'always' = 'if-incomplete'): Promise<Item | null> {
    if (ask === 'if-incomplete' && !needsLateDetails(saved)) return Promise.resolve(null);
    const running = this.pending.get(saved.key);
    if (running) return running;
    const work = this.complete(saved).finally(() => this.pending.delete(saved.key));
    this.pending.set(saved.key, work);
    return work;
  }

  private async complete(saved: Capture): Promise<Item | null> {
    try {
      const answer = await this.deps.enrich(saved);
      if (answer === saved) return null;
      const shelf = await this.deps.shelf();
      return (await shelf.run(completeDetails(saved, answer))).result;
    } catch {
      // The record keeps what the page gave; the next save of the work asks again.
      return null;
    }
  }
}
