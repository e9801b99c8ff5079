/** Editing one item in place: title, note, status and the topics it is filed under. */
import { useState } from 'preact/hooks';
import type { ItemPatch } from '../../lib/collection/items';
import type { Item, List, ReadStatus, Topic } from '../../lib/types';

interface Props {
  item: Item;
  lists: List[];
  topics: Topic[];
  onSave(patch: ItemPatch): void;
  onCancel(): void;
}

export function ItemEditor({ item, lists, topics, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(item.title);
  const [note, setNote] = useState(item.note);
  const [status, setStatus] = useState<ReadStatus>(item.status);
  const [topicIds, setTopicIds] = useState(item.topicIds);
  const id = (field: string) => `edit-${field}`;
  return (
    <form
      class="item-editor"
      aria-label={`Edit ${item.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ title, note, status, topicIds });
      }}
    >
      <label for={id('title')}>Title</label>
      <input
        id={id('title')}
        value={title}
        required
        onInput={(e) => setTitle(e.currentTarget.value)}
      />
      <label for={id('note')}>Note</label>
      <textarea
        id={id('note')}
        rows={2}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <label for={id('status')}>Read status</label>
      <select
        id={id('status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ReadStatus)}
      >
        <option value="to-read">To read</option>
        <option value="read">Read</option>
      </select>
      <label for={id('topics')}>Topics</label>
      <select
        id={id('topics')}
        multiple
        size={Math.min(8, topics.length)}
        onChange={(e) => setTopicIds([...e.currentTarget.selectedOptions].map((o) => o.value))}
      >
        {lists.map((list) => (
          <optgroup key={list.id} label={list.name}>
            {topics
              .filter((topic) => topic.listId === list.id)
              .map((topic) => (
                <option key={topic.id} value={topic.id} selected={topicIds.includes(topic.id)}>
                  {topic.path || `(${list.name})`}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <div class="actions">
        <button type="submit" class="primary">
          Save changes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
