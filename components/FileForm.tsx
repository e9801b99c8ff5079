/**
 * Filing an item: list (when there are several), topics (type-ahead, chips, suggestions),
 * note, read status, Save. On a work already in the collection the same form edits it:
 * its topics and note are filled in, Save updates them, Remove takes it out (with undo).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FilingContext } from '../lib/store/filing-context';
import type { SaveRequest, SaveResult } from '../lib/messaging';
import type { Capture, Item, ReadStatus, Topic } from '../lib/types';
import { ListChooser } from './ListChooser';
import { TopicPicker, topicsToSave } from './TopicPicker';

/** User Timing marks around a save, read by `npm run bench` (save_ms). */
export const SAVE_START_MARK = 'paper-shelf:save-start';
export const SAVED_MARK = 'paper-shelf:saved';

interface Props {
  capture: Capture;
  context: FilingContext;
  suggestions: Topic[];
  onSave(request: SaveRequest): Promise<SaveResult>;
  onRemove(key: string): Promise<Item | undefined>;
  onRestore(item: Item): Promise<void>;
}

type Status = { tone: 'info' | 'ok' | 'error'; text: string };

export function FileForm({ capture, context, suggestions, onSave, onRemove, onRestore }: Props) {
  const [record, setRecord] = useState<Item | undefined>(context.item);
  const [listId, setListId] = useState(context.listId ?? context.lists[0]?.id ?? '');
  const [chosen, setChosen] = useState<string[]>(() =>
    pathsIn(context.item, context.topics, listId),
  );
  const [typed, setTyped] = useState(context.item ? '' : (context.lastTopic ?? ''));
  const [note, setNote] = useState(context.item?.note ?? '');
  const [read, setRead] = useState(context.item?.status === 'read');
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<Item | null>(null);
  const [status, setStatus] = useState<Status | null>(
    context.places.length
      ? { tone: 'info', text: `Already in ${context.places.join('; ')}` }
      : null,
  );
  const typedByUser = useRef(false);

  const listSuggestions = suggestions.filter((topic) => !listId || topic.listId === listId);
  // With no last topic to start from, the best suggestion is the prefill (until the user types).
  const top = listSuggestions[0]?.path;
  useEffect(() => {
    // Never while the box has focus: text arriving under the caret would mix with typing.
    const engaged = typedByUser.current || document.activeElement?.id === 'topic';
    if (top && !record && !engaged && !context.lastTopic && !typed) setTyped(top);
  }, [top]);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    performance.mark(SAVE_START_MARK);
    const status: ReadStatus = read ? 'read' : 'to-read';
    try {
      const topics = topicsToSave(chosen, typed);
      const result = await onSave({
        capture,
        topics,
        replaceTopics: record !== undefined,
        note,
        status,
        listId: listId || undefined,
      });
      performance.mark(SAVED_MARK);
      setRecord(result.item);
      setRemoved(null);
      setChosen(topics.length ? topics : chosen);
      setTyped('');
      setStatus({ tone: 'ok', text: `Saved to ${result.filedUnder}` });
    } catch (error) {
      setStatus({ tone: 'error', text: `Not saved: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!record) return;
    try {
      const gone = await onRemove(record.key);
      setRemoved(gone ?? record);
      setRecord(undefined);
      setStatus({ tone: 'info', text: 'Removed from your collection.' });
    } catch (error) {
      setStatus({ tone: 'error', text: `Not removed: ${messageOf(error)}` });
    }
  }

  async function undo() {
    if (!removed) return;
    await onRestore(removed);
    setRecord(removed);
    setRemoved(null);
    setStatus({ tone: 'ok', text: 'Restored.' });
  }

  return (
    <form class="file-form" onSubmit={submit}>
      <ListChooser lists={context.lists} value={listId} onChange={setListId} />
      <TopicPicker
        topics={context.topics}
        listId={listId || undefined}
        selected={chosen}
        onSelectedChange={setChosen}
        value={typed}
        onValueChange={(value) => {
          typedByUser.current = true;
          setTyped(value);
        }}
        suggestions={listSuggestions}
      />
      <label for="note">Note</label>
      <input
        id="note"
        name="note"
        placeholder="One line, exported with the item"
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      <label class="inline">
        <input
          type="checkbox"
          checked={read}
          onChange={(event) => setRead(event.currentTarget.checked)}
        />{' '}
        Read
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          Save
        </button>
        {record && (
          <button type="button" onClick={remove}>
            Remove
          </button>
        )}
        {removed && (
          <button type="button" onClick={undo}>
            Undo
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class={status ? `status-${status.tone}` : undefined}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}

/** The topic paths a record is filed under in one list. */
function pathsIn(item: Item | undefined, topics: Topic[], listId: string): string[] {
  if (!item) return [];
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  return item.topicIds.flatMap((id) => {
    const topic = byId.get(id);
    return topic && topic.listId === listId && topic.path ? [topic.path] : [];
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
