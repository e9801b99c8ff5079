/**
 * "Save" buttons beside each entry of an arXiv listing or search page. Plain DOM (no
 * framework: content-script size budget). Entries already in the collection show ✓; a
 * click opens a small topic chooser (prefilled with the last topic used for papers) whose
 * Save sends the entry's capture to the background.
 *
 * The page's own scripts share this DOM, so (issue 12, point 8):
 * - each entry's UI lives in a CLOSED shadow root under an opaque `<span>` with no
 *   attributes: page scripts cannot read the topics offered, the last topic, which entries
 *   are saved, or reach the buttons (a closed root is invisible to `element.shadowRoot`);
 * - saved and unsaved buttons have the same fixed size, so the host's layout tells nothing;
 * - only events the browser marks `isTrusted` (made by the user) act: a page's synthetic
 *   click or key press does nothing.
 */
import { listingEntries } from '../../lib/sites/arxiv/listing';
import type { Send } from '../../lib/messaging';
import type { Capture } from '../../lib/types';

export interface ListingButtonOptions {
  /** Whether an event was made by the user; the browser's `isTrusted` unless a test says. */
  isTrusted?: (event: Event) => boolean;
}

/** One entry's control: the page sees only `host`; `root` and `button` stay in this world. */
export interface EntryControl {
  host: HTMLElement;
  root: ShadowRoot;
  button: HTMLButtonElement;
}

const STYLE =
  'margin-left:.5em;padding:0 .45em;font:inherit;font-size:85%;line-height:1.5;cursor:pointer;' +
  'border:1px solid #888;border-radius:3px;background:#fff;color:#222;vertical-align:baseline';
/** Same box whatever the label says: the host's size must not tell saved from unsaved. */
const BUTTON_STYLE = `${STYLE};display:inline-block;box-sizing:border-box;width:6.5em;white-space:nowrap;overflow:hidden;text-align:center`;
const SAVED = '✓ Saved';

/** The anchors given a control by this script, so a second call adds nothing. */
const decorated = new WeakSet<Element>();

/** Adds one control per entry that has none yet, then marks the saved ones. */
export function addSaveButtons(
  doc: Document,
  url: URL,
  send: Send,
  options: ListingButtonOptions = {},
): EntryControl[] {
  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const added: EntryControl[] = [];
  const byKey = new Map<string, HTMLButtonElement>();
  for (const { capture, anchor } of listingEntries(doc, url) ?? []) {
    if (decorated.has(anchor)) continue;
    decorated.add(anchor);
    const id = capture.arxiv?.id ?? capture.key;
    const host = doc.createElement('span');
    const root = host.attachShadow({ mode: 'closed' });
    const button = element(doc, 'button', { type: 'button', style: BUTTON_STYLE }, 'Save');
    button.setAttribute('aria-label', `Save ${id} to Paper Shelf`);
    button.addEventListener('click', (event) => {
      // The entry's links sit around the button: a click must not follow them.
      event.preventDefault();
      event.stopPropagation();
      if (trusted(event)) void openChooser(doc, root, button, capture, id, send, trusted);
    });
    root.append(button);
    anchor.append(host);
    added.push({ host, root, button });
    byKey.set(capture.key, button);
  }
  if (byKey.size > 0) void markSaved(byKey, send);
  return added;
}

/** One question to the background for the whole page: which entries are saved already. */
async function markSaved(byKey: Map<string, HTMLButtonElement>, send: Send): Promise<void> {
  const reply = await send('lookup', { keys: [...byKey.keys()] });
  if (!reply.ok) return;
  for (const key of reply.value.saved) {
    const button = byKey.get(key);
    if (button) showSaved(button, 'In Paper Shelf');
  }
}

function showSaved(button: HTMLButtonElement, title: string): void {
  button.textContent = SAVED;
  button.title = title;
}

/** A one-line form after the button: Topic (with the existing topics to pick from), Save. */
async function openChooser(
  doc: Document,
  root: ShadowRoot,
  button: HTMLButtonElement,
  capture: Capture,
  id: string,
  send: Send,
  trusted: (event: Event) => boolean,
): Promise<void> {
  const open = root.querySelector('form');
  if (open) return void open.querySelector('input')?.focus();
  const form = element(doc, 'form', { style: 'display:inline' });
  const input = element(doc, 'input', {
    'aria-label': `Topic for ${id}`,
    placeholder: 'Topic, e.g. A / B',
    list: 'topics',
    style: `${STYLE};cursor:text;width:14em`,
  });
  // The id only has to be unique inside this shadow root.
  const list = element(doc, 'datalist', { id: 'topics' });
  const save = element(doc, 'button', { type: 'submit', style: STYLE }, 'Save');
  save.setAttribute('aria-label', `Save ${id} under this topic`);
  const cancel = element(doc, 'button', { type: 'button', style: STYLE }, 'Cancel');
  form.append(input, list, save, cancel);
  button.after(form);
  input.focus();

  const close = () => {
    form.remove();
    button.focus();
  };
  cancel.addEventListener('click', (event) => {
    if (trusted(event)) close();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && trusted(event)) close();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!trusted(event) || save.disabled) return;
    save.disabled = true;
    const reply = await send('save', { capture, topic: input.value });
    form.remove();
    if (reply.ok) {
      const filed = reply.value.filedUnder;
      showSaved(button, filed ? `Saved to ${filed}` : 'Saved to Paper Shelf');
    } else {
      button.textContent = 'Not saved';
      button.title = `Paper Shelf could not save ${id}: ${reply.error}`;
    }
    button.focus();
  });

  const choices = await send('topicChoices', { kind: capture.kind });
  if (!choices.ok) return;
  for (const path of choices.value.paths) list.append(element(doc, 'option', { value: path }));
  if (!input.value) input.value = choices.value.lastTopic;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
