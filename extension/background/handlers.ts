/**
 * The background's answers to messages, one handler map per kind of sender. Extension
 * pages (popup, library) may do everything; a listing page's content script may look up
 * which entries are saved, read the topic choices and save an entry (extension/background/
 * listing-save.ts); any other sender (another site's content script) gets no answer but
 * an error. Every message is checked against its schema before a handler sees it.
 */
import { arxivListing } from '../../lib/sites/arxiv/listing';
import {
  completeDetailsMessage,
  contentSaveMessage,
  lookupMessage,
  saveMessage,
  savedStateChangedMessage,
  suggestTopicsMessage,
  topicChoicesMessage,
} from '../../lib/messages/request-schemas';
import {
  dispatch,
  type Handlers,
  handlerMap,
  type MessageSender,
  type Reply,
  type SaveResult,
} from '../../lib/messaging';
import type { CollectionStore } from '../../lib/store/collection-store';
import type { LateDetails } from './late-details';
import { saveFromListing } from './listing-save';
import type { SavedKeys } from './saved-keys';
import { suggestTopicsFor } from './suggestions';

export interface BackgroundDeps {
  shelf(): Promise<CollectionStore>;
  savedKeys: Pick<SavedKeys, 'add' | 'savedKeys' | 'invalidate'>;
  /** After a change to the collection: every tab's badge anew. */
  refreshAllTabs(): Promise<void>;
  /** `runtime.id`: messages from anything else are refused. */
  extensionId: string;
  /** `runtime.getURL('/')`: where the extension's own pages live. */
  extensionBase: string;
  /** Completes a saved record from the sites' APIs when it lacks details (late-details.ts). */
  lateDetails: Pick<LateDetails, 'after'>;
}

export type SenderRole = 'extension-page' | 'listing-page' | 'other';

/** Where a message comes from, by the URL the browser (not the message) gives for it. */
export function senderRole(sender: MessageSender, deps: BackgroundDeps): SenderRole {
  if (sender.id !== deps.extensionId || !sender.url) return 'other';
  if (sender.url.startsWith(deps.extensionBase)) return 'extension-page';
  try {
    return arxivListing.matches(new URL(sender.url)) ? 'listing-page' : 'other';
  } catch {
    return 'other';
  }
}

export function backgroundHandlers(deps: BackgroundDeps): Record<SenderRole, Handlers> {
  async function saved(result: SaveResult): Promise<SaveResult> {
    deps.savedKeys.add(result.item.key);
    await deps.refreshAllTabs();
    return result;
  }
  const lookup = {
    schema: lookupMessage,
    answer: async ({ keys }: { keys: string[] }) => ({
      saved: await deps.savedKeys.savedKeys(keys),
    }),
  };
  const topicChoices: Handlers['topicChoices'] = {
    schema: topicChoicesMessage,
    answer: async ({ kind }) => {
      const store = await deps.shelf();
      const [topics, lastTopic] = await Promise.all([store.topics(), store.lastTopic(kind)]);
      const paths = [...new Set(topics.map((topic) => topic.path).filter(Boolean))];
      return { paths, lastTopic: lastTopic ?? '' };
    },
  };
  return {
    'extension-page': handlerMap({
      save: {
        schema: saveMessage,
        answer: async ({ type: _type, ...request }) => {
          const result = await saved(await (await deps.shelf()).save(request));
          // Not awaited: the save is done; the popup that made it may close at once.
          void deps.lateDetails.after(result.item);
          return result;
        },
      },
      lookup,
      topicChoices,
      suggestTopics: {
        schema: suggestTopicsMessage,
        answer: async ({ capture }) => ({
          suggestions: await suggestTopicsFor(await deps.shelf(), capture),
        }),
      },
      completeDetails: {
        schema: completeDetailsMessage,
        answer: async ({ key }) => {
          const item = await (await deps.shelf()).getItem(key);
          // Not awaited: the page that asks is usually closing.
          if (item) void deps.lateDetails.after(item);
          return {};
        },
      },
      savedStateChanged: {
        schema: savedStateChangedMessage,
        answer: async () => {
          deps.savedKeys.invalidate();
          await deps.refreshAllTabs();
          return {};
        },
      },
    }),
    'listing-page': handlerMap({
      save: {
        schema: contentSaveMessage,
        answer: async (request) => saved(await saveFromListing(await deps.shelf(), request)),
      },
      lookup,
      topicChoices,
    }),
    other: handlerMap({}),
  };
}

/** The `runtime.onMessage` listener: the sender's map, then the message's handler. */
export function backgroundListener(
  deps: BackgroundDeps,
): (message: unknown, sender: MessageSender) => Promise<Reply<unknown>> {
  const maps = backgroundHandlers(deps);
  return (message, sender) => dispatch(maps[senderRole(sender, deps)], message, sender);
}
