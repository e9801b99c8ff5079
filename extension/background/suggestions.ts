/**
 * Topic suggestions for a capture, ranked from a bounded sample of each topic's items.
 * Runs in the background worker: building the index is CPU work that the popup's thread,
 * and a save the user makes at once, should not wait for.
 */
import type { CollectionStore } from '../../lib/store/collection-store';
import { buildTopicIndex, rankTopics, type SuggestCapture } from '../../lib/suggest';
import type { Topic } from '../../lib/types';

/** Items per topic read: a topic's words, without reading every record. */
const SAMPLE_PER_TOPIC = 25;

export async function suggestTopicsFor(
  shelf: CollectionStore,
  capture: SuggestCapture,
  limit = 3,
): Promise<Topic[]> {
  const sample = await shelf.sampleItemsByTopic(SAMPLE_PER_TOPIC);
  return rankTopics(buildTopicIndex(sample), capture, limit).map((ranked) => ranked.topic);
}
