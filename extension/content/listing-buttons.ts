/**
 * "Save" buttons beside each entry of an arXiv listing or search page. Plain DOM (no
 * framework: content-script size budget). Entries already in the collection show ✓; a
 * click opens a small topic chooser (prefilled with the last topic used for papers) whose
 * Save sends the entry's capture to the background.
 */
import { listingEntries } from '../../lib/extractors/arxiv-listing';
import type { Message, Reply, SaveResult } from '../../lib/messaging';
import type { Capture } from '../../lib/types';

export const SAVE_ATTRIBUTE = 'data-paper-shelf-save';

type Send = (message: Message) => Promise<Reply<unknown>>;

const STYLE =
  'margin-left:.5em;padding:0 .45em;font:inherit;font-size:85%;line-height:1.5;cursor:pointer;' +
  'border:1px solid #888;border-radius:3px;background:#fff;color:#222;vertical-align:baseline';
const SAVED = '✓ Saved';

/** Adds one button per entry that has none yet, then marks the saved ones; returns the buttons. */
export function addSaveButtons(doc: Document, url: URL, send: Send): HTMLButtonElement[] {
  const added: HTMLButtonElement[] = [];
  const byKey = new Map<string, HTMLButtonElement>();
  for (const { capture, anchor } of listingEntries(doc, url) ?? []) {
    const id = capture.arxiv?.id ?? capture.key;
    if (anchor.querySelector(`[${SAVE_ATTRIBUTE}]`)) continue;
    const button = element(doc, 'button', { type: 'button', style: STYLE }, 'Save');
    button.setAttribute(SAVE_ATTRIBUTE, id);
    button.setAttribute('aria-label', `Save ${id} to Paper Shelf`);
    button.addEventListener('click', (event) => {
      // The entry's links sit around the button: a click must not follow them.
      event.preventDefault();
      event.stopPropagation();
      openChooser(doc, button, capture, id, send);
    });
    anchor.append(button);
    added.push(button);
    byKey.set(capture.key, button);
  }
  if (byKey.size > 0) void markSaved(byKey, send);
  return added;
}

/** One question to the background for the whole page: which entries are saved already. */
async function markSaved(byKey: Map<string, HTMLButtonElement>, send: Send): Promise<void> {
  const reply = await send({ type: 'lookup', keys: [...byKey.keys()] });
  if (!reply.ok) return;
  for (const key of (reply.value as { saved: string[] }).saved) {
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
  button: HTMLButtonElement,
  capture: Capture,
  id: string,
  send: Send,
): Promise<void> {
  const open = button.nextElementSibling;
  if (open?.hasAttribute('data-paper-shelf-chooser'))
    return void open.querySelector('input')?.focus();
  const form = element(doc, 'form', { 'data-paper-shelf-chooser': '', style: 'display:inline' });
  const listId = `paper-shelf-topics-${id.replace(/\W/g, '-')}`;
  const input = element(doc, 'input', {
    'aria-label': `Topic for ${id}`,
    placeholder: 'Topic, e.g. A / B',
    list: listId,
    style: `${STYLE};cursor:text;width:14em`,
  });
  const list = element(doc, 'datalist', { id: listId });
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
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    const reply = await send({ type: 'save', capture, topic: input.value });
    form.remove();
    if (reply.ok) {
      const filed = (reply.value as SaveResult | undefined)?.filedUnder;
      showSaved(button, filed ? `Saved to ${filed}` : 'Saved to Paper Shelf');
    } else {
      button.textContent = 'Not saved';
      button.title = `Paper Shelf could not save ${id}: ${reply.error}`;
    }
    button.focus();
  });

  const choices = await send({ type: 'topicChoices', kind: capture.kind });
  if (!choices.ok) return;
  const { paths, lastTopic } = choices.value as { paths: string[]; lastTopic: string };
  for (const path of paths) list.append(element(doc, 'option', { value: path }));
  if (!input.value) input.value = lastTopic;
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
