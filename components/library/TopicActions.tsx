/** What can be done to the selected topic: rename, reorder, nest, delete; and new topics. */
import { useState } from 'preact/hooks';
import { parentTopicPath, topicDisplayName } from '../../lib/topic-path';
import type { Topic } from '../../lib/types';

interface Props {
  topic: Topic | undefined;
  topics: Topic[];
  onRename(topic: Topic, name: string): void;
  onMove(topic: Topic, direction: -1 | 1): void;
  onNest(topic: Topic, parentPath: string): void;
  onDelete(topic: Topic): void;
  onAdd(path: string): void;
  /** Downloads the topic (and the topics under it) as a .bib file. */
  onExportBibtex?(topic: Topic): void;
}

export function TopicActions(props: Props) {
  const { topic, topics, onRename, onMove, onNest, onDelete, onAdd, onExportBibtex } = props;
  // The page gives this component a new key per topic and path, so these start afresh
  // when another topic is chosen or this one renamed, and survive data reloads.
  const [name, setName] = useState(topic ? topicDisplayName(topic) : '');
  const [parent, setParent] = useState(topic ? parentTopicPath(topic.path) : '');
  const [added, setAdded] = useState('');
  const editable = topic && topic.path !== '';
  const parents = topics.filter(
    (t) => editable && t.path !== topic.path && !t.path.startsWith(`${topic.path} / `),
  );
  return (
    <section class="topic-actions" aria-label="Topic actions">
      {editable && (
        <>
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              onRename(topic, name);
            }}
          >
            <label for="topic-name">Topic name</label>
            <input id="topic-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            <button type="submit">Rename</button>
          </form>
          <div class="actions">
            <button type="button" onClick={() => onMove(topic, -1)}>
              Move up
            </button>
            <button type="button" onClick={() => onMove(topic, 1)}>
              Move down
            </button>
          </div>
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              onNest(topic, parent);
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
                  {t.path || '(top level)'}
                </option>
              ))}
            </select>
            <button type="submit">Nest</button>
          </form>
          {onExportBibtex && (
            <button type="button" onClick={() => onExportBibtex(topic)}>
              Export topic as BibTeX
            </button>
          )}
          <button type="button" class="danger" onClick={() => onDelete(topic)}>
            Delete topic
          </button>
        </>
      )}
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (added.trim()) onAdd(added);
          setAdded('');
        }}
      >
        <label for="new-topic">New topic</label>
        <input
          id="new-topic"
          placeholder="Parent / Name"
          value={added}
          onInput={(e) => setAdded(e.currentTarget.value)}
        />
        <button type="submit">Add topic</button>
      </form>
    </section>
  );
}
