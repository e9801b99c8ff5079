/**
 * Filing an item: list (when there are several), topics (type-ahead, chips, suggestions),
 * note, read status, Save. On a work already in the collection the same form edits it:
 * its topics and note are filled in, Update changes them, Remove takes it out of the list
 * shown (or, when asked, out of every list), with undo.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FilingContext } from '../lib/store/filing-context';
import type { SaveRequest, SaveResult } from '../lib/messaging';
import { choosePrefill, type RankedTopic } from '../lib/topic-prefill';
import type { Capture, Item, ReadStatus, Topic } from '../lib/types';
import { ListChooser } from './ListChooser';
import { TopicPicker, topicsToSave } from './TopicPicker';

/** User Timing marks around a save, read by `npm run bench` (save_ms). */
export const SAVE_START_MARK = 'paper-shelf:save-start';
export const SAVED_MARK = 'paper-shelf:saved';

interface Props {
  capture: Capture;
  context: FilingContext;
  /** Each list's best topics, best first; undefined while they are being ranked. */
  suggestions: RankedTopic[] | undefined;
  onSave(request: SaveRequest): Promise<SaveResult>;
  /** Deletes the record everywhere; returns it for undo. */
  onRemove(key: string): Promise<Item | undefined>;
  /** Takes the record out of one list; returns it as it was, for undo. */
  onRemoveFromList(key: string, listId: string): Promise<Item | undefined>;
  onRestore(item: Item): Promise<void>;
  /** Told when the user picks another list (the popup's header names it). */
  onListChange?(listId: string): void;
  /**
   * Puts on the clipboard the Markdown the list would write for the item as filled in
   * (its style, its topic); rejects with a reason to show. The button shows only if given.
   */
  onCopyMarkdown?(request: CopyMarkdownRequest): Promise<void>;
}

export interface CopyMarkdownRequest {
  capture: Capture;
  listId: string | undefined;
  /** The first topic the form would save into; '' for the list itself. */
  topic: string;
  note: string;
  status: ReadStatus;
}

type Status = { tone: 'info' | 'ok' | 'error'; text: string };

export function FileForm({
  capture,
  context,
  suggestions,
  onSave,
  onRemove,
  onRemoveFromList,
  onRestore,
  onListChange,
  onCopyMarkdown,
}: Props) {
  const [record, setRecord] = useState<Item | undefined>(context.item);
  const [listId, setListId] = useState(context.listId ?? context.lists[0]?.id ?? '');
  const [chosen, setChosen] = useState<string[]>(() =>
    pathsIn(context.item, context.topics, listId),
  );
  const [typed, setTyped] = useState('');
  const [note, setNote] = useState(context.item?.note ?? '');
  const [read, setRead] = useState(context.item?.status === 'read');
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<Item | null>(null);
  const [status, setStatus] = useState<Status | null>(
    context.places.length
      ? { tone: 'info', text: `Already in ${context.places.join('; ')}` }
      : null,
  );
  // Once the user has typed, the box is theirs: no prefill replaces what they wrote.
  const typedByUser = useRef(false);
  const list = context.lists.find((candidate) => candidate.id === listId);

  // A topic belongs to its list: only the chosen list's topics are suggested or prefilled.
  const listSuggestions = useMemo(
    () => (suggestions ?? []).filter((ranked) => !listId || ranked.topic.listId === listId),
    [suggestions, listId],
  );
  const prefill = useMemo(() => {
    // Wait for the ranking: prefilling the last topic first, then swapping it for a clear
    // suggestion, would let a quick Enter file by the wrong one.
    if (record || suggestions === undefined) return undefined;
    const paths = new Set(
      context.topics.filter((topic) => topic.listId === listId).map((topic) => topic.path),
    );
    return choosePrefill(listSuggestions, context.lastTopic, paths);
  }, [record, suggestions, listSuggestions, context, listId]);

  useEffect(() => {
    if (typedByUser.current || record) return;
    setTyped(prefill?.path ?? '');
    // Focus starts in the box: select the prefill so typing replaces it, Enter keeps it.
    const box = document.getElementById('topic') as HTMLInputElement | null;
    if (prefill && box && document.activeElement === box) {
      requestAnimationFrame(() => box.select());
    }
  }, [prefill?.path, listId]);

  function chooseList(next: string) {
    setListId(next);
    onListChange?.(next);
    // The chips were topics of the other list: start from the record's places in this one.
    setChosen(pathsIn(record, context.topics, next));
  }

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

  async function copyMarkdown() {
    if (!onCopyMarkdown) return;
    try {
      await onCopyMarkdown({
        capture,
        listId: listId || undefined,
        topic: topicsToSave(chosen, typed)[0] ?? '',
        note,
        status: read ? 'read' : 'to-read',
      });
      setStatus({
        tone: 'ok',
        text: `Copied as Markdown, in ${list?.name ?? 'the list'}'s style.`,
      });
    } catch (error) {
      setStatus({ tone: 'error', text: `Not copied: ${messageOf(error)}` });
    }
  }

  async function remove(everywhere: boolean) {
    if (!record) return;
    try {
      const before = everywhere
        ? await onRemove(record.key)
        : await onRemoveFromList(record.key, listId);
      setRemoved(before ?? record);
      setRecord(undefined);
      setChosen([]);
      setStatus({
        tone: 'info',
        text: everywhere
          ? 'Removed from all your lists.'
          : `Removed from ${list?.name ?? 'this list'}.`,
      });
    } catch (error) {
      setStatus({ tone: 'error', text: `Not removed: ${messageOf(error)}` });
    }
  }

  async function undo() {
    if (!removed) return;
    await onRestore(removed);
    setRecord(removed);
    setChosen(pathsIn(removed, context.topics, listId));
    setRemoved(null);
    setStatus({ tone: 'ok', text: 'Restored.' });
  }

  const otherLists = record ? listsOf(record, context.topics).filter((id) => id !== listId) : [];
  const shownReason = prefill && !typedByUser.current && typed === prefill.path;

  return (
    <form class="file-form" onSubmit={submit}>
      <ListChooser lists={context.lists} value={listId} onChange={chooseList} />
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
        suggestions={listSuggestions.map((ranked) => ranked.topic)}
        hint={shownReason ? prefill.reason : undefined}
        autoFocus
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
          {record ? 'Update' : 'Save'}
        </button>
        {onCopyMarkdown && (
          <button type="button" onClick={copyMarkdown}>
            Copy as Markdown
          </button>
        )}
        {record && (
          <button type="button" onClick={() => remove(false)}>
            Remove from this list
          </button>
        )}
        {record && otherLists.length > 0 && (
          <button type="button" class="quiet" onClick={() => remove(true)}>
            Remove from all lists
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

/** The lists a record is filed in, by id. */
function listsOf(item: Item, topics: readonly Topic[]): string[] {
  const byId = new Map(topics.map((topic) => [topic.id, topic.listId]));
  return [...new Set(item.topicIds.flatMap((id) => byId.get(id) ?? []))];
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
