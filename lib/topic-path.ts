/**
 * Topic paths: `Quantization / 2024` is the topic `2024` inside `Quantization`. Here, not in
 * collection/, because the collection's rules and the Markdown parser both read paths.
 * Only a slash with white space around it separates parts, so a heading such as
 * `Speculative decoding/LLM` or a topic typed as `/misc/` stays one name, as typed.
 *
 * A name that itself holds ` / ` (a heading `### Speech / Audio / Music`) is one topic, not
 * three: inside a path its slash is written `\/` (`Audio / Speech \/ Audio \/ Music`), which
 * the separator never matches. `escapeTopicName` makes a path part of a heading's name,
 * `unescapeTopicName` gives the name back for display and for writing a heading. (A name
 * that holds ` \/ ` itself reads back as ` / `: the one spelling given up for this.)
 */
import { TOPIC_SEPARATOR } from './types';

const SEPARATOR = /\s+\/\s+/;

const LITERAL_SEPARATOR = /(\s)\/(?=\s)/g;
const ESCAPED_SEPARATOR = /(\s)\\\/(?=\s)/g;

/** One topic's name as a path part: a ` / ` inside it becomes ` \/ `. */
export function escapeTopicName(name: string): string {
  return name.replace(LITERAL_SEPARATOR, '$1\\/');
}

/** A path part as the name people read and headings hold: ` \/ ` back to ` / `. */
export function unescapeTopicName(part: string): string {
  return part.replace(ESCAPED_SEPARATOR, '$1/');
}

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

/** A whole path as people read it: `Audio / Speech / Audio / Music` (escapes undone). */
export function displayTopicPath(path: string): string {
  return splitTopicPath(path).map(unescapeTopicName).join(TOPIC_SEPARATOR);
}

/** `topic`'s own name as shown and written in a heading (escapes undone). */
export function topicDisplayName(topic: { path: string }): string {
  return unescapeTopicName(topicName(topic));
}

/** `topic`'s own name: the last part of its path, escaped as in the path. */
export function topicName(topic: { path: string }): string {
  return splitTopicPath(topic.path).at(-1) ?? '';
}

/** Whether `path` is `ancestor` or lies inside it. */
export function isInsidePath(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}${TOPIC_SEPARATOR}`);
}
