/**
 * The topic field of the popup: a combobox (WAI-ARIA 1.2, list autocomplete with manual
 * selection: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/) over existing topic paths,
 * chips for the topics already chosen, and the top suggestions as one-click chips.
 *
 * Keyboard: typing filters; ArrowDown/ArrowUp open the list and move; Enter picks the
 * highlighted option and otherwise is left to the form (Enter saves); Escape closes; Tab
 * leaves. Nothing is highlighted until the user moves, so "type, Enter" saves what was typed.
 *
 * Accessible names here avoid the word "topic" except on the input's label: Playwright's
 * `getByLabel('Topic')` matches `aria-label` substrings, and the tests rely on it finding
 * exactly one element. The chips' "Remove topic X" names come from (visually hidden) text.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { normalizeTopicPath } from '../lib/topic-path';
import { fuzzyFilter, type MatchRange, markSegments } from '../lib/fuzzy';
import type { Topic } from '../lib/types';
import './topic-picker.css';

/** Set when the box takes focus on its own (`autoFocus`): `npm run bench` reads it. */
export const TOPIC_FOCUS_MARK = 'paper-shelf:topic-focus';

export interface TopicPickerProps {
  /** Existing topics; only those of `listId` are offered when it is given. */
  topics: readonly Topic[];
  listId?: string;
  /** Chosen topic paths, shown as chips. */
  selected: readonly string[];
  onSelectedChange(selected: string[]): void;
  /** The path being typed (controlled, so the popup can prefill it). */
  value: string;
  onValueChange(value: string): void;
  /** Best first; the first three not already chosen are offered as chips. */
  suggestions?: readonly Topic[];
  /** The input's id (the `<label for>`); `topic` as the foundation's form had it. */
  id?: string;
  placeholder?: string;
  /** Why the box says what it says ("suggested", "last used"), shown beside the label. */
  hint?: string;
  /** Focus the box when it appears: filing starts with the topic. */
  autoFocus?: boolean;
}

/** Options shown at once: enough to browse a list's topics, few enough to render per key. */
const MAX_OPTIONS = 50;
const SUGGESTED = 3;

/**
 * What to save: the chips plus the typed path, each normalised (`a  /  b` → `a / b`) and
 * kept once, in the order the user chose them.
 */
export function topicsToSave(selected: readonly string[], typed: string): string[] {
  const paths: string[] = [];
  for (const path of [...selected, typed].map(normalizeTopicPath)) {
    if (path && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

type Option =
  { kind: 'existing'; path: string; ranges: MatchRange[] } | { kind: 'create'; path: string };

/** Existing paths matching the typed text, then "Create …" when the text names a new one. */
export function topicOptions(paths: readonly string[], typed: string): Option[] {
  const options: Option[] = fuzzyFilter(typed, paths, MAX_OPTIONS).map((result) => ({
    kind: 'existing',
    path: result.candidate,
    ranges: result.ranges,
  }));
  const wanted = normalizeTopicPath(typed);
  const folded = wanted.toLowerCase();
  // Case-insensitive: offering "Create quantization" beside "Quantization" invites a twin.
  if (wanted && !paths.some((path) => path.toLowerCase() === folded)) {
    options.push({ kind: 'create', path: wanted });
  }
  return options;
}

export function TopicPicker({
  topics,
  listId,
  selected,
  onSelectedChange,
  value,
  onValueChange,
  suggestions = [],
  id = 'topic',
  placeholder = 'e.g. Quantization / 2024',
  hint,
  autoFocus = false,
}: TopicPickerProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listboxRef = useRef<HTMLDivElement>(null);
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const paths = useMemo(() => {
    const ordered = topics
      .filter((topic) => (listId === undefined || topic.listId === listId) && topic.path)
      .sort((a, b) => a.order - b.order);
    return [...new Set(ordered.map((topic) => topic.path))];
  }, [topics, listId]);
  const options = useMemo(() => (open ? topicOptions(paths, value) : []), [open, paths, value]);
  const expanded = open && options.length > 0;
  const offered = suggestions.filter((topic) => !selected.includes(topic.path)).slice(0, SUGGESTED);

  // At the commit that shows the box, not a frame later: keys typed meanwhile land in it.
  useLayoutEffect(() => {
    if (!autoFocus) return;
    inputRef.current?.focus();
    performance.mark(TOPIC_FOCUS_MARK);
  }, []);

  useEffect(() => {
    if (active < 0) return;
    // Long lists scroll: keep the highlighted option in view (jsdom has no scrollIntoView).
    listboxRef.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function add(path: string) {
    const normal = normalizeTopicPath(path);
    if (normal && !selected.includes(normal)) onSelectedChange([...selected, normal]);
  }

  function pick(option: Option) {
    add(option.path);
    onValueChange('');
    close();
    inputRef.current?.focus();
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function move(step: 1 | -1) {
    // Options for an opening list are computed on the next render: compute them here.
    const count = open ? options.length : topicOptions(paths, value).length;
    if (count === 0) return;
    setOpen(true);
    setActive((current) => {
      if (!open || current < 0) return step === 1 ? 0 : count - 1;
      return (current + step + count) % count;
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.isComposing) return; // Enter confirms an IME composition, not an option
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) setOpen(event.key === 'ArrowDown');
        else move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        const option = expanded ? options[active] : undefined;
        if (option) {
          event.preventDefault();
          pick(option);
        } else {
          close(); // and the form submits: Enter saves
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          // Only when there is something to close: otherwise Escape belongs to the page.
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        return;
      case 'Tab':
        close();
        return;
    }
  }

  return (
    <div
      class="topic-picker"
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !event.currentTarget.contains(next)) close();
      }}
    >
      <div class="topic-label-row">
        <label for={id}>Topic</label>
        {hint && (
          <span id={`${id}-hint`} class="topic-hint">
            {hint}
          </span>
        )}
      </div>
      {selected.length > 0 && (
        <ul class="topic-chips" aria-label="Filed under">
          {selected.map((path) => (
            <li key={path} class="topic-chip">
              <TopicPath path={path} ranges={[]} />
              <button
                type="button"
                class="topic-chip-remove"
                onClick={() => {
                  onSelectedChange(selected.filter((other) => other !== path));
                  inputRef.current?.focus();
                }}
              >
                <span class="visually-hidden">Remove topic {path}</span>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="topic-combobox">
        <input
          ref={inputRef}
          id={id}
          name="topic"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-describedby={hint ? `${id}-hint` : undefined}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellcheck={false}
          placeholder={placeholder}
          value={value}
          onInput={(event) => {
            onValueChange(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <div
          ref={listboxRef}
          id={listboxId}
          role="listbox"
          aria-label="Matches"
          class="topic-listbox"
          hidden={!expanded}
        >
          {options.map((option, index) => (
            // The input keeps focus and handles the keys (aria-activedescendant), as the
            // pattern wants: options are neither focusable nor keyboard targets themselves.
            // biome-ignore lint/a11y/useFocusableInteractive: see above
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above
            <div
              key={`${option.kind}:${option.path}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              class={`topic-option${option.kind === 'create' ? ' topic-option-create' : ''}`}
              // Keep focus in the input: a blur would close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              {option.kind === 'create' ? (
                <>Create topic “{option.path}”</>
              ) : (
                <TopicPath path={option.path} ranges={option.ranges} />
              )}
            </div>
          ))}
        </div>
      </div>
      {/* Rendered only with something in it: no empty row waits for the ranking. */}
      {offered.length > 0 && (
        <fieldset class="topic-suggestions">
          <legend class="muted">Suggested:</legend>
          {offered.map((topic) => (
            <button
              key={topic.id}
              type="button"
              class="topic-suggestion"
              onClick={() => add(topic.path)}
            >
              {topic.path}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** A path with its parents muted (`Quantization / ` before `2024`) and matches marked. */
function TopicPath({ path, ranges }: { path: string; ranges: MatchRange[] }) {
  const cut = path.lastIndexOf(' / ');
  const leafStart = cut < 0 ? 0 : cut + 3;
  const render = (from: number, to: number) =>
    markSegments(path, ranges, from, to).map((segment, index) =>
      segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
    );
  return (
    <span class="topic-path">
      {leafStart > 0 && <span class="topic-parent">{render(0, leafStart)}</span>}
      <span class="topic-leaf">{render(leafStart, path.length)}</span>
    </span>
  );
}
