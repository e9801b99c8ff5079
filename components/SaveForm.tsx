/**
 * Topic, note, Save. The topic box takes an existing topic or a new path (`A / B`); the
 * status line says where the item went.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SaveRequest, SaveResult } from '../lib/messaging';
import type { Capture, Topic } from '../lib/types';

interface Props {
  capture: Capture;
  topics: Topic[];
  initialNote: string;
  /** Where the work is filed already (empty when it is new). */
  savedIn: string[];
  onSave(request: SaveRequest): Promise<SaveResult>;
}

/** User Timing marks around a save, read by `npm run bench` (save_ms). */
export const SAVE_START_MARK = 'paper-shelf:save-start';
export const SAVED_MARK = 'paper-shelf:saved';

type Status = { tone: 'info' | 'ok' | 'error'; text: string } | null;

export function SaveForm({ capture, topics, initialNote, savedIn, onSave }: Props) {
  const [topic, setTopic] = useState('');
  const [note, setNote] = useState(initialNote);
  const noteTouched = useRef(false);
  // The saved note arrives after the form is shown; it must not overwrite what was typed.
  useEffect(() => {
    if (!noteTouched.current) setNote(initialNote);
  }, [initialNote]);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const shown: Status =
    status ?? (savedIn.length ? { tone: 'info', text: `Already in ${savedIn.join('; ')}` } : null);

  async function submit(event: Event) {
    event.preventDefault();
    setSaving(true);
    performance.mark(SAVE_START_MARK);
    try {
      const result = await onSave({ capture, topic, note });
      performance.mark(SAVED_MARK);
      setStatus({ tone: 'ok', text: `Saved to ${result.filedUnder}` });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ tone: 'error', text: `Not saved: ${message}` });
    } finally {
      setSaving(false);
    }
  }

  const paths = topics.map((t) => t.path).filter(Boolean);
  return (
    <form class="save-form" onSubmit={submit}>
      <label for="topic">Topic</label>
      <input
        id="topic"
        name="topic"
        list="topic-options"
        placeholder="e.g. Quantization / 2024"
        autoComplete="off"
        value={topic}
        onInput={(event) => setTopic(event.currentTarget.value)}
      />
      <datalist id="topic-options">
        {paths.map((path) => (
          <option key={path} value={path} />
        ))}
      </datalist>
      <label for="note">Note</label>
      <input
        id="note"
        name="note"
        placeholder="One line, exported with the item"
        value={note}
        onInput={(event) => {
          noteTouched.current = true;
          setNote(event.currentTarget.value);
        }}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          Save
        </button>
      </div>
      <p role="status" aria-live="polite" class={shown ? `status-${shown.tone}` : undefined}>
        {shown?.text ?? ''}
      </p>
    </form>
  );
}
