/**
 * Which topic the popup's Topic box starts with, so that Save → Enter files the work where
 * it most likely belongs. A topic the local ranking puts clearly ahead of the others wins;
 * otherwise the topic the last save of this kind went to, when this list has it; otherwise
 * nothing (the list itself). The last topic alone misfiles: on a listing page an HCI paper
 * went under "Transformers / Attention" because that was the last topic used.
 */
import type { Topic } from './types';

export interface RankedTopic {
  topic: Topic;
  score: number;
}

export interface Prefill {
  path: string;
  /** Shown beside the box, so the user knows why it says what it says. */
  reason: 'suggested' | 'last used';
}

/**
 * A suggestion below this cosine similarity shares a word or two with its topic, no more:
 * too little to file by.
 */
export const MIN_SUGGESTION_SCORE = 0.12;
/** How far ahead of the runner-up the top suggestion must be to be trusted on its own. */
export const SUGGESTION_LEAD = 1.5;

/** True when the best suggestion stands out: strong enough, and well ahead of the second. */
export function clearlyAhead(ranked: readonly RankedTopic[]): boolean {
  const [first, second] = ranked;
  if (!first || first.score < MIN_SUGGESTION_SCORE) return false;
  return !second || first.score >= SUGGESTION_LEAD * second.score;
}

/**
 * `ranked`: the list's suggestions, best first (other lists' topics must not be in it).
 * `listPaths`: the paths of the list's topics, which the last topic must be one of.
 */
export function choosePrefill(
  ranked: readonly RankedTopic[],
  lastTopic: string | undefined,
  listPaths: ReadonlySet<string>,
): Prefill | undefined {
  const top = ranked[0];
  if (top?.topic.path && clearlyAhead(ranked)) return { path: top.topic.path, reason: 'suggested' };
  if (lastTopic && listPaths.has(lastTopic)) return { path: lastTopic, reason: 'last used' };
  return undefined;
}
