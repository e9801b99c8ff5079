/**
 * Topic suggestions in Node: the popup ranks each capture against an index of the whole
 * collection, so the figure that matters is one `rankTopics` call on a 10,000-item,
 * 100-topic index (`suggest_10k_ms`). Building the index is reported beside it because the
 * popup pays it once per opening.
 */
import { performance } from 'node:perf_hooks';
import {
  buildTopicIndex,
  rankTopics,
  type SuggestCapture,
  type TopicDocument,
} from '../lib/suggest';
import type { Topic } from '../lib/types';
import { type Metric, timed } from './stats';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  'model learning training language large neural network data performance task results ' +
  'efficient inference evaluation benchmark transformer attention layer scale accuracy';

/**
 * A collection shaped like a real one: each topic has a few words of its own that its
 * abstracts use often, over a shared vocabulary every abstract draws from.
 */
export function syntheticCollection(
  topicCount = 100,
  itemCount = 10_000,
  seed = 1,
): { documents: TopicDocument[]; captures: SuggestCapture[] } {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const common = COMMON.split(' ');
  const own = (topic: number) => [0, 1, 2, 3, 4].map((k) => `topic${topic}word${k}`);
  const abstract = (topic: number, words: number) =>
    Array.from({ length: words }, () => (next() < 0.3 ? pick(own(topic)) : pick(common))).join(' ');

  const documents: TopicDocument[] = Array.from({ length: topicCount }, (_, t) => {
    const topic: Topic = {
      id: `t${t}`,
      listId: 'list',
      path: `Area ${t % 10} / Subject ${t}`,
      order: t,
      createdAt: 0,
    };
    return { topic, items: [] };
  });
  for (let i = 0; i < itemCount; i++) {
    const t = i % topicCount;
    documents[t]?.items.push({
      title: abstract(t, 10),
      abstract: abstract(t, 150),
      note: '',
    });
  }
  const captures = Array.from({ length: 25 }, (_, k) => ({
    kind: 'paper' as const,
    title: abstract(k % topicCount, 10),
    abstract: abstract(k % topicCount, 150),
  }));
  return { documents, captures };
}

export function benchSuggest(runs = 25): Record<string, Metric & { unit: 'ms' }> {
  const { documents, captures } = syntheticCollection();
  const builds: number[] = [];
  let index = buildTopicIndex(documents);
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    index = buildTopicIndex(documents);
    builds.push(performance.now() - start);
  }
  const ranks: number[] = [];
  for (let run = 0; run < Math.max(20, runs); run++) {
    const capture = captures[run % captures.length] as SuggestCapture;
    const start = performance.now();
    rankTopics(index, capture, 3);
    ranks.push(performance.now() - start);
  }
  return {
    suggest_10k_ms: { ...timed(ranks), unit: 'ms' },
    suggest_index_10k_ms: { ...timed(builds), unit: 'ms' },
  };
}
