/**
 * What can be done to one topic, in a dialog opened from its row in the tree (its "⋯"
 * button or its context menu): rename, add a sub-topic, move up or down, nest under
 * another, export as BibTeX, delete (after a confirmation that says what happens to its
 * items). On the list itself (the tree's root) only a new topic can be added. Closing, by
 * Escape or a finished action, puts focus back on the topic's row.
 */
import { useState } from 'preact/hooks';
import { isInsidePath, parentTopicPath, topicDisplayName } from '../../lib/topic-path';
import { TOPIC_SEPARATOR } from '../../lib/types';
import type { Topic } from '../../lib/types';
import { closeDialogOf, Dialog } from './Dialog';

export interface TopicHandlers {
  onRename(topic: Topic, name: string): void;
  onMove(topic: Topic, direction: -1 | 1): void;
  onNest(topic: Topic, parentPath: string): void;
  onDelete(topic: Topic): void;
  /** Adds a topic by its full path (`Parent / Name`). */
  onAdd(path: string): void;
  /** Downloads the topic (and the topics under it) as a .bib file. */
  onExportBibtex?(topic: Topic): void;
}

interface Props extends TopicHandlers {
  topic: Topic;
  /** The list's topics (the root, path '', among them). */
  topics: Topic[];
  listName: string;
  /** Items in the topic and below; undefined while the collection is loading. */
  itemCount: number | undefined;
  onClose(): void;
  /** The tree row to focus once the dialog closed (the topic may have moved). */
  returnFocus(): HTMLElement | null | undefined;
}

export function TopicDialog(props: Props) {
  const { topic, topics, listName } = props;
  const root = topic.path === '';
  const [name, setName] = useState(topicDisplayName(topic));
  const [child, setChild] = useState('');
  const [parent, setParent] = useState(parentTopicPath(topic.path));
  const [confirming, setConfirming] = useState(false);
  // A topic cannot go under itself or under its own sub-topics.
  const parents = topics.filter((t) => !isInsidePath(t.path, topic.path) || root);
  const below = topics.filter((t) => t.path !== topic.path && isInsidePath(t.path, topic.path));
  const done = (event: Event) => closeDialogOf(event.currentTarget as Element);
  const title = root ? `New topic in ${listName}` : `Topic “${topic.path}”`;

  return (
    <Dialog
      title={title}
      class="topic-dialog"
      onClose={props.onClose}
      returnFocus={props.returnFocus}
    >
      {!root && !confirming && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) props.onRename(topic, name);
            done(event);
          }}
        >
          <label for="topic-name">Topic name</label>
          <input id="topic-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit">Rename</button>
        </form>
      )}
      {!confirming && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!child.trim()) return;
            props.onAdd(root ? child : `${topic.path}${TOPIC_SEPARATOR}${child}`);
            done(event);
          }}
        >
          <label for="new-topic">{root ? 'New topic' : 'New sub-topic'}</label>
          <input
            id="new-topic"
            placeholder={root ? 'Parent / Name' : 'Name'}
            value={child}
            autoFocus={root}
            onInput={(e) => setChild(e.currentTarget.value)}
          />
          <button type="submit">{root ? 'Add topic' : 'Add sub-topic'}</button>
        </form>
      )}
      {!root && !confirming && (
        <>
          <div class="actions" role="group" aria-label="Order">
            <button type="button" onClick={() => props.onMove(topic, -1)}>
              Move up
            </button>
            <button type="button" onClick={() => props.onMove(topic, 1)}>
              Move down
            </button>
          </div>
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              props.onNest(topic, parent);
              done(event);
            }}
          >
            <label for="topic-parent">Nest under</label>
            <select
              id="topic-parent"
              value={parent}
              onChange={(e) => setParent(e.currentTarget.value)}
            >
              {parents.map((t) => (
                <option key={t.id} value={t.path}>
                  {t.path || `${listName} (top level)`}
                </option>
              ))}
            </select>
            <button type="submit">Nest</button>
          </form>
        </>
      )}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            {deleteQuestion(topic, below.length, props.itemCount, listName)}
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={(event) => {
                props.onDelete(topic);
                done(event);
              }}
            >
              Delete topic
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div class="actions dialog-foot">
          {!root && props.onExportBibtex && (
            <button
              type="button"
              onClick={(event) => {
                props.onExportBibtex?.(topic);
                done(event);
              }}
            >
              Export topic as BibTeX
            </button>
          )}
          {!root && (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              Delete topic…
            </button>
          )}
          <button type="button" onClick={done}>
            Close
          </button>
        </div>
      )}
    </Dialog>
  );
}

/** What deleting does, said before it is done. */
function deleteQuestion(
  topic: Topic,
  subTopics: number,
  items: number | undefined,
  listName: string,
): string {
  const what = `Delete “${topic.path}”${subTopics ? ` and its ${plural(subTopics, 'sub-topic')}` : ''}?`;
  const where = `“${parentTopicPath(topic.path) || listName}”`;
  const fate =
    items === 0
      ? 'Nothing is filed there.'
      : `${items === undefined ? 'Its items' : `Its ${plural(items, 'item')}`} move to ${where}.`;
  return `${what} ${fate} You can undo it.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
