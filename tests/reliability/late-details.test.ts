/**
 * Issue 12.3: details that arrive after a save are merged into the record by the background
 * (extension/background/late-details.ts), by the rules of lib/collection/late-details.ts:
 * what the user changed meanwhile wins, and an API that fails or answers garbage changes
 * nothing. The API answers come from a fake fetch serving the recorded arXiv answer.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LateDetails } from '../../extension/background/late-details';
import { isStandInTitle, lateDetails, needsLateDetails } from '../../lib/collection/late-details';
import { updateItem } from '../../lib/collection/operations';
import { enrichCapture } from '../../lib/sources';
import type { FetchLike } from '../../lib/sources/http';
import { CollectionStore } from '../../lib/store/collection-store';
import type { Capture, Item } from '../../lib/types';

const ANSWER = readFileSync(
  path.join(import.meta.dirname, '../fixtures/api/arxiv-2106.09608.xml'),
  'utf8',
);
const TITLE = 'Learning Knowledge Graph-based World Models of Textual Environments';
const AUTHORS = ['Prithviraj Ammanabrolu', 'Mark O. Riedl'];

/** What an arXiv PDF tab gives before any API answers. */
const fromPdf: Capture = {
  key: 'arxiv:2106.09608',
  kind: 'paper',
  url: 'https://arxiv.org/pdf/2106.09608',
  title: 'arXiv:2106.09608',
  arxiv: { id: '2106.09608' },
  missing: ['title', 'authors'],
};

/** The arXiv API answering with `arxiv` (status and body); every other host: 404. */
function fakeFetch(arxiv: { status: number; body: string }): FetchLike {
  return async (url) =>
    new URL(url).hostname === 'export.arxiv.org'
      ? new Response(arxiv.body, { status: arxiv.status })
      : new Response('', { status: 404 });
}

let shelf: CollectionStore | undefined;
let count = 0;
afterEach(() => shelf?.close());

async function savedFromPdf(note = 'read first'): Promise<{ store: CollectionStore; item: Item }> {
  let tick = 1_000;
  shelf = await CollectionStore.open({ name: `late-details-${++count}`, now: () => ++tick });
  const { item } = await shelf.save({ capture: fromPdf, topic: 'World models', note });
  return { store: shelf, item };
}

function lateDetailsFor(store: CollectionStore, fetch: FetchLike) {
  const enrich = vi.fn((capture: Capture) => enrichCapture(capture, { fetch }));
  return { late: new LateDetails({ shelf: async () => store, enrich }), enrich };
}

describe('late details, merged by the background', () => {
  it('fill the stand-in title and the authors, keep topic and note', async () => {
    const { store, item } = await savedFromPdf();
    const { late } = lateDetailsFor(store, fakeFetch({ status: 200, body: ANSWER }));
    await late.after(item);
    const after = await store.getItem(fromPdf.key);
    expect(after).toMatchObject({ title: TITLE, authors: AUTHORS, note: 'read first' });
    expect(after?.missing ?? []).not.toContain('title');
    expect(after ? await store.placesOf(after) : []).toEqual(['World models in Reading list']);
  });

  it('never replace a title the user edited after the save', async () => {
    const { store, item } = await savedFromPdf();
    await store.run(updateItem(fromPdf.key, { title: 'My own title', note: 'edited' }));
    const { late } = lateDetailsFor(store, fakeFetch({ status: 200, body: ANSWER }));
    await late.after(item);
    const after = await store.getItem(fromPdf.key);
    expect(after).toMatchObject({ title: 'My own title', note: 'edited', authors: AUTHORS });
  });

  it.each([
    ['a server error', { status: 500, body: 'Internal Server Error' }],
    ['rate limiting', { status: 429, body: 'Too Many Requests' }],
    ['garbage', { status: 200, body: '<html><body>not an Atom feed</body></html>' }],
    ['an empty feed', { status: 200, body: '<feed xmlns="http://www.w3.org/2005/Atom"></feed>' }],
  ])('change nothing when the API answers with %s', async (_name, answer) => {
    const { store, item } = await savedFromPdf();
    const before = await store.getItem(fromPdf.key);
    const { late, enrich } = lateDetailsFor(store, fakeFetch(answer));
    expect(await late.after(item)).toBeNull();
    expect(enrich).toHaveBeenCalledOnce();
    expect(await store.getItem(fromPdf.key)).toEqual(before);
  });

  it('leave a record removed meanwhile removed', async () => {
    const { store, item } = await savedFromPdf();
    await store.remove(fromPdf.key);
    const { late } = lateDetailsFor(store, fakeFetch({ status: 200, body: ANSWER }));
    expect(await late.after(item)).toBeNull();
    expect(await store.getItem(fromPdf.key)).toBeUndefined();
  });

  it('ask the API once for a work saved twice while it answers', async () => {
    const { store, item } = await savedFromPdf();
    const { late, enrich } = lateDetailsFor(store, fakeFetch({ status: 200, body: ANSWER }));
    await Promise.all([late.after(item), late.after(item)]);
    expect(enrich).toHaveBeenCalledOnce();
    expect((await store.getItem(fromPdf.key))?.title).toBe(TITLE);
  });

  it('do not ask at all for a record that lacks nothing', async () => {
    const { store } = await savedFromPdf();
    const complete = await store.save({
      capture: { ...fromPdf, title: TITLE, authors: AUTHORS, missing: [] },
    });
    const { late, enrich } = lateDetailsFor(store, fakeFetch({ status: 200, body: ANSWER }));
    expect(needsLateDetails(complete.item)).toBe(false);
    expect(await late.after(complete.item)).toBeNull();
    expect(enrich).not.toHaveBeenCalled();
  });
});

describe('the merge rules', () => {
  const stored = (patch: Partial<Item> = {}): Item => ({
    ...fromPdf,
    note: '',
    status: 'to-read',
    topicIds: ['t1'],
    savedAt: 1,
    updatedAt: 1,
    ...patch,
  });
  const answer: Capture = { ...fromPdf, title: TITLE, authors: AUTHORS, missing: [] };

  it('know a stand-in title: missing, the URL, or the id', () => {
    expect(isStandInTitle(fromPdf)).toBe(true);
    const plain = { ...fromPdf, missing: [] };
    expect(isStandInTitle({ ...plain, title: 'https://arxiv.org/pdf/2106.09608' })).toBe(true);
    expect(isStandInTitle({ ...plain, title: '2106.09608' })).toBe(true);
    expect(isStandInTitle({ ...plain, title: TITLE })).toBe(false);
  });

  it('take only fields nobody changed since the save', () => {
    const saved = stored();
    expect(lateDetails(stored({ authors: ['Typed By Me'] }), saved, answer)).toEqual({
      key: fromPdf.key,
      kind: 'paper',
      title: TITLE,
      missing: [],
    });
  });

  it('keep a real title the save wrote, whatever the API says', () => {
    const saved = stored({ title: 'A real title', missing: ['authors'] });
    const delta = lateDetails(saved, saved, answer);
    expect(delta?.title).toBe('A real title');
    expect(delta?.authors).toEqual(AUTHORS);
  });

  it('ignore an answer about another work, or one that brings nothing', () => {
    const saved = stored();
    expect(lateDetails(saved, saved, { ...answer, key: 'arxiv:9999.99999' })).toBeNull();
    expect(lateDetails(saved, saved, { ...fromPdf, notes: ['arXiv API: HTTP 500'] })).toBeNull();
  });
});
