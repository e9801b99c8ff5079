/**
 * Topic suggestions for a capture, ranked from a bounded sample of each topic's items.
 * Runs in the background worker: building the index is CPU work that the popup's thread,
 * and a save the user makes at once, should not wait for.
 */
import type { CollectionStore } from '../../lib/store/collection-store';
import {
  buildTopicIndex,
  rankTopics,
  type SuggestCapture,
  type TopicSuggestion,
} from '../../lib/suggest';

/** Items per topic read: a topic's words, without reading every record. */
const SAMPLE_PER_TOPIC = 25;

/**
 * The best `perList` topics of EACH list, best first, with their scores. Per list, because
 * the popup offers only the chosen list's topics: a global top three could all belong to
 * another list and leave this one with no suggestion at all.
 */
export async function suggestTopicsFor(
  shelf: CollectionStore,
  capture: SuggestCapture,
  perList = 3,
): Promise<TopicSuggestion[]> {
  const sample = await shelf.sampleItemsByTopic(SAMPLE_PER_TOPIC);
  const index = buildTopicIndex(sample);
  const kept = new Map<string, number>();
  return rankTopics(index, capture, index.topics.length).filter(({ topic }) => {
    const taken = kept.get(topic.listId) ?? 0;
    kept.set(topic.listId, taken + 1);
    return taken < perList;
  });
}
