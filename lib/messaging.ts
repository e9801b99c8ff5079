/**
 * The one protocol between content scripts, the background and extension pages.
 * A message is `{ type, …request }`; each type maps to a handler (no switch on strings):
 * see `handleMessages` in the background and the content scripts' `serveExtraction`.
 */
import type { PageExtraction } from './extractors/types';
import type { TopicSuggestion } from './suggest';
import type { Capture, Item, ItemKind, ReadStatus } from './types';

export interface SaveRequest {
  capture: Capture;
  /** Topic path (`A / B`); empty or missing files the item in the list itself. */
  topic?: string;
  /** Several topic paths at once (wins over `topic`). */
  topics?: string[];
  /** The item's topics in the list become exactly the ones given (editing, not adding). */
  replaceTopics?: boolean;
  note?: string;
  status?: ReadStatus;
  /** List to file into; the default list when missing. */
  listId?: string;
}

export interface SaveResult {
  item: Item;
  /** Where the item is filed, e.g. `Reading list › World models / Text games`. */
  filedUnder: string;
  /** True when the work was already in the collection (the save updated it). */
  existed: boolean;
}

/** Request and response types, by message type. */
export interface Protocol {
  /** Ask a tab's content script what the page holds. */
  extract: { request: Record<string, never>; response: PageExtraction };
  /** Ask the background to save a capture (listing-page buttons, shortcut). */
  save: { request: SaveRequest; response: SaveResult };
  /** Ask the background which captures are in the collection already. */
  lookup: { request: { keys: string[] }; response: { saved: string[] } };
  /** The topics a listing page's chooser offers, and the one to prefill. */
  topicChoices: {
    request: { kind: ItemKind };
    response: { paths: string[]; lastTopic: string };
  };
  /** The topics best suited to a capture, ranked locally from the items already filed. */
  suggestTopics: {
    request: { capture: Pick<Capture, 'title' | 'abstract' | 'description' | 'kind'> };
    /** Each list's best topics with their scores (the popup prefills a clear leader). */
    response: { suggestions: TopicSuggestion[] };
  };
  /** Tell the background a record changed (popup, library page) so badges follow. */
  savedStateChanged: { request: Record<string, never>; response: Record<string, never> };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];
export type Handlers = {
  [T in MessageType]?: (request: Protocol[T]['request']) => Promise<Protocol[T]['response']>;
};

/** Answers `{ ok, value | error }` so a failure crosses the boundary as a value, not a throw. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}

/** Runs the handler for a message, turning exceptions into `{ ok: false }`. */
export async function dispatch(handlers: Handlers, message: unknown): Promise<Reply<unknown>> {
  if (!isMessage(message)) return { ok: false, error: 'not a Paper Shelf message' };
  const handler = handlers[message.type] as ((request: unknown) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: `no handler for ${message.type}` };
  try {
    return { ok: true, value: await handler(message) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Unwraps a reply, throwing its error: for callers that want exceptions. */
export function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new Error('no answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
