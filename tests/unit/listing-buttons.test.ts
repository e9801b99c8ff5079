// @vitest-environment jsdom
/**
 * The Save buttons of arXiv listing pages: one closed-shadow control per entry, acting on
 * the user's events only, with nothing of the collection in the page's DOM.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { addSaveButtons, type EntryControl } from '../../extension/content/listing-buttons';
import { type Message, type Reply, sender } from '../../lib/messaging';

const page = (name: string) =>
  new DOMParser().parseFromString(
    // jsdom replaces the global URL, so the path is built with node:path.
    readFileSync(join(import.meta.dirname, '../fixtures/pages', name), 'utf8'),
    'text/html',
  );

const LIST_URL = new URL('https://arxiv.org/list/cs/2301?show=3');
/** jsdom cannot make trusted events: these tests stand in for the user. */
const USER = { isTrusted: () => true };

/** A background that answers each message type as the real one would. */
function background(options: { saved?: string[]; failSave?: boolean } = {}) {
  const post = vi.fn(async (message: Message): Promise<Reply<unknown>> => {
    if (message.type === 'lookup') return { ok: true, value: { saved: options.saved ?? [] } };
    if (message.type === 'topicChoices') {
      return { ok: true, value: { paths: ['Agents', 'Retrieval'], lastTopic: 'Agents' } };
    }
    if (options.failSave) return { ok: false, error: 'no handler for save' };
    return { ok: true, value: { filedUnder: 'Agents in Reading list', existed: false, item: {} } };
  });
  return { post, send: sender(post) };
}

const byId = (controls: EntryControl[], id: string) =>
  controls.find(
    (c) => c.button.getAttribute('aria-label') === `Save ${id} to Paper Shelf`,
  ) as EntryControl;

async function chooseAndSave(control: EntryControl, topic?: string) {
  control.button.click();
  const input = await vi.waitFor(() => {
    const found = control.root.querySelector('input');
    expect(found?.value).toBe('Agents'); // prefilled with the last topic used for papers
    return found as HTMLInputElement;
  });
  if (topic !== undefined) input.value = topic;
  input.form?.requestSubmit();
}

describe('listing Save buttons', () => {
  test('one accessible button per entry, each in a closed shadow root; idempotent', () => {
    const doc = page('arxiv-list-cs-2301.html');
    const controls = addSaveButtons(doc, LIST_URL, background().send, USER);
    expect(controls.map((c) => c.button.getAttribute('aria-label'))).toEqual([
      'Save 2301.00001 to Paper Shelf',
      'Save 2301.00002 to Paper Shelf',
      'Save 2301.00003 to Paper Shelf',
    ]);
    expect(controls[0]?.host.closest('dt')?.querySelector('a[title="Abstract"]')?.id).toBe(
      '2301.00001',
    );
    for (const { host, root } of controls) {
      expect(root.mode).toBe('closed');
      expect(host.shadowRoot).toBeNull(); // what a page script sees
      expect(host.attributes).toHaveLength(0);
      expect(host.textContent).toBe('');
    }
    expect(addSaveButtons(doc, LIST_URL, background().send, USER)).toHaveLength(0);
  });

  test('entries already in the collection show ✓, asked in one message', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const { post, send } = background({ saved: ['arxiv:2301.00003'] });
    const controls = addSaveButtons(doc, LIST_URL, send, USER);
    await vi.waitFor(() => expect(byId(controls, '2301.00003').button.textContent).toBe('✓ Saved'));
    expect(post).toHaveBeenCalledTimes(1);
    expect(byId(controls, '2301.00001').button.textContent).toBe('Save');
    // The page's DOM says nothing about it.
    expect(doc.body.innerHTML).not.toContain('Saved');
  });

  test('a click opens a topic chooser; its Save sends that entry under the topic', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const { post, send } = background();
    const control = byId(addSaveButtons(doc, LIST_URL, send, USER), '2301.00002');
    await chooseAndSave(control, 'Retrieval / Long context');
    await vi.waitFor(() => expect(control.button.textContent).toBe('✓ Saved'), { timeout: 5000 });
    expect(control.button.title).toBe('Saved to Agents in Reading list');
    expect(post).toHaveBeenCalledWith({
      type: 'save',
      capture: expect.objectContaining({ key: 'arxiv:2301.00002' }),
      topic: 'Retrieval / Long context',
    });
    expect(control.root.querySelector('form')).toBeNull();
  });

  test('the topic choices stay in the shadow root, never in the page', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const control = byId(addSaveButtons(doc, LIST_URL, background().send, USER), '2301.00001');
    control.button.click();
    await vi.waitFor(() => expect(control.root.querySelectorAll('option')).toHaveLength(2));
    expect(doc.documentElement.outerHTML).not.toMatch(/Agents|Retrieval/);
    expect(doc.querySelector('datalist, form[style], input[list]')).toBeNull();
  });

  test('Escape closes the chooser without saving', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const { post, send } = background();
    const control = byId(addSaveButtons(doc, LIST_URL, send, USER), '2301.00001');
    control.button.click();
    const form = control.root.querySelector('form');
    form?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(control.root.querySelector('form')).toBeNull();
    expect(post).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'save' }));
  });

  test('a failed save shows the error on the button and can be retried', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const controls = addSaveButtons(doc, LIST_URL, background({ failSave: true }).send, USER);
    const control = byId(controls, '2301.00001');
    await chooseAndSave(control);
    await vi.waitFor(() => expect(control.button.textContent).toBe('Not saved'), {
      timeout: 5000,
    });
    expect(control.button.title).toMatch(/no handler for save/);
    expect(control.button.disabled).toBe(false);
  });

  test('events the user did not make (a page script’s click or submit) do nothing', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const { post, send } = background();
    const control = byId(addSaveButtons(doc, LIST_URL, send), '2301.00001');
    control.button.click(); // untrusted, as a page script's would be
    control.host.click();
    // No wait needed: the chooser opens inside the click's own handler, and only its form saves.
    expect(control.root.querySelector('form')).toBeNull();
    expect(post.mock.calls.map(([message]) => message.type)).toEqual(['lookup']);
  });

  test('search results and /new listings get buttons too; an empty listing gets none', () => {
    const labels = (controls: EntryControl[]) =>
      controls.map((c) => c.button.getAttribute('aria-label'));
    const search = page('arxiv-search-retrieval.html');
    const searchUrl = new URL(
      'https://arxiv.org/search/?query=long-context+retrieval&searchtype=all',
    );
    expect(labels(addSaveButtons(search, searchUrl, background().send, USER))).toEqual([
      'Save 2503.01234 to Paper Shelf',
      'Save cs/0112017 to Paper Shelf',
    ]);
    const fresh = page('arxiv-list-cs.LG-new.html');
    const freshUrl = new URL('https://arxiv.org/list/cs.LG/new');
    expect(addSaveButtons(fresh, freshUrl, background().send, USER)).toHaveLength(4);
    const empty = page('arxiv-list-empty-new.html');
    const emptyUrl = new URL('https://arxiv.org/list/math.GT/new');
    expect(addSaveButtons(empty, emptyUrl, background().send, USER)).toEqual([]);
  });
});
