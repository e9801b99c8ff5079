/**
 * The one protocol between content scripts, the background and extension pages, typed both
 * ways. A message is `{ type, …request }`; the sender calls `send(type, request)` and gets
 * the reply type the protocol names for that type; the receiver answers through a handler
 * map (no switch on strings): the background's in extension/background/handlers.ts, the
 * content scripts' in extension/content/serve.ts. Every handler checks its message with a
 * valibot schema where it arrives: whatever another world sends is untrusted input.
 */
import { type BaseIssue, type GenericSchema, safeParse } from 'valibot';
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

/** A request or response with no fields. */
export type Empty = Record<never, never>;

/** Request and response types, by message type. */
export interface Protocol {
  /** Ask a tab's content script what the page holds. */
  extract: { request: Empty; response: PageExtraction };
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
  savedStateChanged: { request: Empty; response: Empty };
  /**
   * After an extension page saved a record (the popup): the background completes it from
   * the sites' APIs if it lacks details, even once the page is closed. Only the key: the
   * background reads the record itself.
   */
  completeDetails: { request: { key: string }; response: Empty };
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type ResponseOf<T extends MessageType> = Protocol[T]['response'];
/** A message on the wire: its type and its request's fields side by side. */
export type Message<T extends MessageType = MessageType> = {
  [K in T]: { type: K } & RequestOf<K>;
}[T];

/** Answers `{ ok, value | error }` so a failure crosses the boundary as a value, not a throw. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

// ---- sending ----

/** Carries one message to the other side and resolves with its raw answer. */
export type Post = (message: Message) => Promise<unknown>;

/** `send('lookup', { keys })` resolves with a `Reply<{ saved: string[] }>`; it never throws. */
export type Send = <T extends MessageType>(
  type: T,
  request: RequestOf<T>,
) => Promise<Reply<ResponseOf<T>>>;

/** The `send` for one destination (the background, one tab). */
export function sender(post: Post): Send {
  return async (type, request) => {
    try {
      const reply = await post({ ...request, type } as Message);
      if (!isReply(reply)) return { ok: false, error: 'no answer from the extension' };
      // The other side answered this type's handler: its response type is the protocol's.
      return reply as Reply<ResponseOf<typeof type>>;
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  };
}

function isReply(value: unknown): value is Reply<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as Reply<unknown>).ok === 'boolean'
  );
}

// ---- answering ----

/** Who sent a message: the fields of the browser's `runtime.MessageSender` handlers read. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface Handler<T extends MessageType> {
  /** The whole message (`type` included) as this receiver accepts it. */
  schema: GenericSchema<unknown, Message<T>>;
  answer(request: Message<T>, sender: MessageSender): Promise<ResponseOf<T>>;
}

export type Handlers = { readonly [T in MessageType]?: Handler<T> };

/**
 * The handlers on an object without a prototype, frozen: a message whose `type` is
 * `constructor`, `toString` or `__proto__` finds nothing to call.
 */
export function handlerMap(handlers: Handlers): Handlers {
  return Object.freeze(Object.assign(Object.create(null) as Handlers, handlers));
}

/** Checks a message against its handler's schema and runs it; failures become `{ ok: false }`. */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  from: MessageSender,
): Promise<Reply<unknown>> {
  const type = typeof message === 'object' && message !== null ? (message as Message).type : '';
  if (typeof type !== 'string' || !type) return { ok: false, error: 'not a Paper Shelf message' };
  const handler = Object.hasOwn(handlers, type)
    ? (handlers[type as MessageType] as Handler<MessageType> | undefined)
    : undefined;
  if (!handler) return { ok: false, error: `no handler for ${type.slice(0, 40)}` };
  const checked = safeParse(handler.schema, message);
  if (!checked.success) {
    return { ok: false, error: `${type} refused: ${describeIssue(checked.issues[0])}` };
  }
  try {
    return { ok: true, value: await handler.answer(checked.output, from) };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Unwraps a reply, throwing its error: for callers that want exceptions. */
export function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new Error('no answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The first problem, where it is: `capture.url must be an http(s) URL`. */
function describeIssue(issue: BaseIssue<unknown>): string {
  const where = (issue.path ?? []).map((item) => String(item.key)).join('.');
  return `${where ? `${where}: ` : ''}${issue.message}`.slice(0, 500);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
