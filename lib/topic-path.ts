/**
 * Topic paths: `Quantization / 2024` is the topic `2024` inside `Quantization`. Here, not in
 * collection/, because the collection's rules and the Markdown parser both read paths.
 * Only a slash with white space around it separates parts, so a heading such as
 * `Speculative decoding/LLM` or a topic typed as `/misc/` stays one name, as typed.
 */
import { TOPIC_SEPARATOR } from './types';

const SEPARATOR = /\s+\/\s+/;

export function splitTopicPath(path: string): string[] {
  return path
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The canonical spelling of a path the user typed (parts trimmed, one space around `/`). */
export function normalizeTopicPath(path: string): string {
  return splitTopicPath(path).join(TOPIC_SEPARATOR);
}

/** `A / B / C` → [`A`, `A / B`, `A / B / C`]. */
export function topicPathChain(path: string): string[] {
  const parts = splitTopicPath(path);
  return parts.map((_, index) => parts.slice(0, index + 1).join(TOPIC_SEPARATOR));
}

export function parentTopicPath(path: string): string {
  return splitTopicPath(path).slice(0, -1).join(TOPIC_SEPARATOR);
}

/** `topic`'s own name: the last part of its path. */
export function topicName(topic: { path: string }): string {
  return splitTopicPath(topic.path).at(-1) ?? '';
}

/** Whether `path` is `ancestor` or lies inside it. */
export function isInsidePath(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}${TOPIC_SEPARATOR}`);
}
