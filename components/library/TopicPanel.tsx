/**
 * The library's sidebar: the topic tree, a "New topic" button under it, and the topic
 * dialog either opens. Management lives in the dialog, not in a form always open under
 * the tree, so the tree reads as navigation.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TopicDialog, type TopicHandlers } from './TopicDialog';
import { TopicNav, type TopicNavProps, topicRowButton } from './TopicNav';
import { topicRows } from './topic-tree';

type Props = TopicHandlers & Omit<TopicNavProps, 'onManage'>;

export function TopicPanel(props: Props) {
  const { onRename, onMove, onNest, onDelete, onAdd, onExportBibtex, ...nav } = props;
  const handlers: TopicHandlers = {
    onRename,
    onMove,
    onNest,
    onDelete,
    onAdd,
    ...(onExportBibtex ? { onExportBibtex } : {}),
  };
  const { topics, byTopic, selected, listName } = nav;
  const [managing, setManaging] = useState<string | null>(null);
  const topic = managing === null ? undefined : topics.find((t) => t.id === managing);
  const root = topics.find((t) => t.path === '');
  const latest = useRef(selected);
  latest.current = selected;
  // Focus follows the chosen topic while it is in the tree: a topic added from the dialog
  // is chosen once the store made it, after the dialog gave focus back to its parent's row.
  useEffect(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!selected || !active?.classList.contains('topic-button')) return;
    if (active.dataset.topicId !== selected) topicRowButton(selected)?.focus();
  }, [selected, topics]);
  // Counted only while a dialog is open: the tree counts its own rows, and 10,000 items
  // should not be walked twice on every change.
  const itemCount = useMemo(() => {
    if (!topic || !byTopic) return undefined;
    const rows = topicRows(topics, (id) => (byTopic.get(id) ?? []).map((item) => item.key));
    return rows.find((row) => row.topic.id === topic.id)?.total;
  }, [topic, topics, byTopic]);
  return (
    <>
      <TopicNav {...nav} onManage={setManaging} />
      {root && (
        <button
          type="button"
          class="new-topic"
          aria-haspopup="dialog"
          onClick={() => setManaging(root.id)}
        >
          New topic
        </button>
      )}
      {topic && (
        <TopicDialog
          key={topic.id}
          topic={topic}
          topics={topics}
          listName={listName}
          itemCount={itemCount}
          {...handlers}
          onClose={() => setManaging(null)}
          // The row of the topic chosen by then: the renamed or moved one, the parent of a
          // deleted one (the page chooses it as the dialog closes).
          returnFocus={() => (latest.current ? topicRowButton(latest.current) : undefined)}
        />
      )}
    </>
  );
}
