/**
 * The topic a save starts from: where the last item of the same kind went, so a session
 * of saving papers into one topic is one click (or one key) each.
 */
import type { CollectionStore } from '../../lib/store/collection-store';
import type { Capture } from '../../lib/types';

export async function prefillTopic(
  shelf: CollectionStore,
  capture: Pick<Capture, 'kind'>,
): Promise<string> {
  return (await shelf.lastTopic(capture.kind)) ?? '';
}
