// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { addSaveButtons, SAVE_ATTRIBUTE } from '../../../extension/content/listing-buttons';
import { arxivListing, isListingUrl, listingEntries } from '../../../lib/extractors/arxiv-listing';
import type { Message, Reply } from '../../../lib/messaging';
import type { Capture } from '../../../lib/types';

const page = (name: string) =>
  new DOMParser().parseFromString(
    // jsdom replaces the global URL, so the path is built with node:path.
    readFileSync(join(import.meta.dirname, '../../fixtures/pages', name), 'utf8'),
    'text/html',
  );

const LIST_URL = new URL('https://arxiv.org/list/cs/2301?show=3');

describe('arxivListing', () => {
  test.each([
    ['https://arxiv.org/list/cs/2301?show=3', true],
    ['https://arxiv.org/list/cs.LG/new', true],
    ['https://arxiv.org/list/hep-th/recent', true],
    ['https://arxiv.org/list/math/pastweek?skip=0&show=25', true],
    ['https://arxiv.org/search/?query=x&searchtype=all', true],
    ['https://arxiv.org/search/cs?query=x', true],
    ['https://arxiv.org/abs/2301.00001', false],
    ['https://example.org/list/cs/new', false],
  ])('isListingUrl(%s) = %s', (href, expected) => {
    expect(isListingUrl(new URL(href))).toBe(expected);
  });

  test('one capture per dt/dd pair, in page order (jsdom agrees with linkedom)', () => {
    const captures = arxivListing.extract(page('arxiv-list-cs-2301.html'), LIST_URL) as Capture[];
    expect(captures.map((c) => c.key)).toEqual([
      'arxiv:2301.00001',
      'arxiv:2301.00002',
      'arxiv:2301.00003',
    ]);
    expect(captures[1]).toMatchObject({
      title: 'Evaluating Alternative Glyph Design for Showing Large-Magnitude-Range Quantum Spins',
      authors: [
        'Henan Zhao',
        'Garnett W. Bryant',
        'Wesley Griffin',
        'Judith E. Terrill',
        'Jian Chen',
      ],
      arxiv: { primaryCategory: 'cs.HC' },
    });
  });

  test('an empty listing: no entries, not a decline', () => {
    expect(
      listingEntries(
        page('arxiv-list-empty-new.html'),
        new URL('https://arxiv.org/list/math.GT/new'),
      ),
    ).toEqual([]);
  });

  test('a page at a listing URL without the listing markup is declined', () => {
    const doc = new DOMParser().parseFromString('<p>Service unavailable</p>', 'text/html');
    expect(arxivListing.extract(doc, LIST_URL)).toBeNull();
  });
});

describe('Save buttons', () => {
  /** A background that answers each message type as the real one would. */
  function background(options: { saved?: string[]; failSave?: boolean } = {}) {
    return vi.fn(async (message: Message): Promise<Reply<unknown>> => {
      if (message.type === 'lookup') return { ok: true, value: { saved: options.saved ?? [] } };
      if (message.type === 'topicChoices') {
        return { ok: true, value: { paths: ['Agents', 'Retrieval'], lastTopic: 'Agents' } };
      }
      if (options.failSave) return { ok: false, error: 'no handler for save' };
      return {
        ok: true,
        value: { filedUnder: 'Agents in Reading list', existed: false, item: {} },
      };
    });
  }
  const ok = () => background();

  async function chooseAndSave(doc: Document, id: string, topic?: string) {
    const button = doc.querySelector<HTMLButtonElement>(`[${SAVE_ATTRIBUTE}="${id}"]`);
    button?.click();
    const input = await vi.waitFor(() => {
      const found = doc.querySelector<HTMLInputElement>(`input[aria-label="Topic for ${id}"]`);
      expect(found?.value).toBe('Agents'); // prefilled with the last topic used for papers
      return found as HTMLInputElement;
    });
    if (topic !== undefined) input.value = topic;
    input.form?.requestSubmit();
    return button;
  }

  test('one accessible button per entry, idempotent', () => {
    const doc = page('arxiv-list-cs-2301.html');
    const buttons = addSaveButtons(doc, LIST_URL, ok());
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Save 2301.00001 to Paper Shelf',
      'Save 2301.00002 to Paper Shelf',
      'Save 2301.00003 to Paper Shelf',
    ]);
    expect(buttons[0]?.closest('dt')?.querySelector('a[title="Abstract"]')?.id).toBe('2301.00001');
    expect(addSaveButtons(doc, LIST_URL, ok())).toHaveLength(0);
    expect(doc.querySelectorAll(`[${SAVE_ATTRIBUTE}]`)).toHaveLength(3);
  });

  test('entries already in the collection show ✓, asked in one message', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const send = background({ saved: ['arxiv:2301.00003'] });
    addSaveButtons(doc, LIST_URL, send);
    const button = doc.querySelector<HTMLButtonElement>(`[${SAVE_ATTRIBUTE}="2301.00003"]`);
    await vi.waitFor(() => expect(button?.textContent).toBe('✓ Saved'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(doc.querySelector(`[${SAVE_ATTRIBUTE}="2301.00001"]`)?.textContent).toBe('Save');
  });

  test('a click opens a topic chooser; its Save sends that entry under the topic', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const send = ok();
    addSaveButtons(doc, LIST_URL, send);
    const button = await chooseAndSave(doc, '2301.00002', 'Retrieval / Long context');
    await vi.waitFor(() => expect(button?.textContent).toBe('✓ Saved'), { timeout: 5000 });
    expect(button?.title).toBe('Saved to Agents in Reading list');
    expect(send).toHaveBeenCalledWith({
      type: 'save',
      capture: expect.objectContaining({ key: 'arxiv:2301.00002' }),
      topic: 'Retrieval / Long context',
    });
    expect(doc.querySelector('[data-paper-shelf-chooser]')).toBeNull();
  });

  test('Escape closes the chooser without saving', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    const send = ok();
    addSaveButtons(doc, LIST_URL, send);
    doc.querySelector<HTMLButtonElement>(`[${SAVE_ATTRIBUTE}="2301.00001"]`)?.click();
    const form = doc.querySelector('[data-paper-shelf-chooser]');
    form?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(doc.querySelector('[data-paper-shelf-chooser]')).toBeNull();
    expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'save' }));
  });

  test('a failed save shows the error on the button and can be retried', async () => {
    const doc = page('arxiv-list-cs-2301.html');
    addSaveButtons(doc, LIST_URL, background({ failSave: true }));
    const button = await chooseAndSave(doc, '2301.00001');
    await vi.waitFor(() => expect(button?.textContent).toBe('Not saved'), { timeout: 5000 });
    expect(button?.title).toMatch(/no handler for save/);
    expect(button?.disabled).toBe(false);
  });

  test('search results and /new listings get buttons too; an empty listing gets none', () => {
    const search = page('arxiv-search-retrieval.html');
    const searchUrl = new URL(
      'https://arxiv.org/search/?query=long-context+retrieval&searchtype=all',
    );
    expect(
      addSaveButtons(search, searchUrl, ok()).map((b) => b.getAttribute(SAVE_ATTRIBUTE)),
    ).toEqual(['2503.01234', 'cs/0112017']);
    const fresh = page('arxiv-list-cs.LG-new.html');
    expect(addSaveButtons(fresh, new URL('https://arxiv.org/list/cs.LG/new'), ok())).toHaveLength(
      4,
    );
    const empty = page('arxiv-list-empty-new.html');
    expect(addSaveButtons(empty, new URL('https://arxiv.org/list/math.GT/new'), ok())).toEqual([]);
  });
});
