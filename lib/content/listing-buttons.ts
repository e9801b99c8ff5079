/**
 * "Save" buttons beside each entry of an arXiv listing or search page. Plain DOM (no
 * framework: content-script size budget). Each button sends its entry's capture to the
 * background (`save`) and shows the outcome on itself.
 */
import { listingEntries } from '../extractors/arxiv-listing';
import type { Message, Reply, SaveResult } from '../messaging';

export const SAVE_ATTRIBUTE = 'data-paper-shelf-save';

type Send = (message: Message) => Promise<Reply<unknown>>;

const STYLE =
  'margin-left:.5em;padding:0 .45em;font:inherit;font-size:85%;line-height:1.5;cursor:pointer;' +
  'border:1px solid #888;border-radius:3px;background:#fff;color:#222;vertical-align:baseline';

/** Adds one button per entry that has none yet; returns the buttons added. */
export function addSaveButtons(doc: Document, url: URL, send: Send): HTMLButtonElement[] {
  const added: HTMLButtonElement[] = [];
  for (const { capture, anchor } of listingEntries(doc, url) ?? []) {
    const id = capture.arxiv?.id ?? capture.key;
    if (anchor.querySelector(`[${SAVE_ATTRIBUTE}]`)) continue;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = 'Save';
    button.setAttribute(SAVE_ATTRIBUTE, id);
    button.setAttribute('aria-label', `Save ${id} to Paper Shelf`);
    button.setAttribute('style', STYLE);
    button.addEventListener('click', async (event) => {
      // The entry's links sit around the button: a click must not follow them.
      event.preventDefault();
      event.stopPropagation();
      button.disabled = true;
      button.textContent = 'Saving…';
      const reply = await send({ type: 'save', capture });
      button.disabled = false;
      if (reply.ok) {
        const filed = (reply.value as SaveResult | undefined)?.filedUnder;
        button.textContent = 'Saved';
        button.title = filed ? `Saved to ${filed}` : 'Saved to Paper Shelf';
      } else {
        button.textContent = 'Not saved';
        button.title = `Paper Shelf could not save ${id}: ${reply.error}`;
      }
    });
    anchor.append(button);
    added.push(button);
  }
  return added;
}
