// @vitest-environment jsdom
/**
 * Issue 12.3: a save made in the popup before the API answers (an arXiv PDF tab gives only
 * the id) is completed when the answer comes: the record gets the title and authors the
 * popup then shows, and keeps the topic and note it was saved with. (The browser test with
 * a slow API route is popup-late-details.spec.ts.)
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { App } from '../../entrypoints/popup/App';
import { loadFilingContext } from '../../lib/store/filing-context';
import type { PopupServices } from '../../entrypoints/popup/services';
import { CollectionStore } from '../../lib/store/collection-store';
import { removeFromList } from '../../lib/store/remove-from-list';
import type { Capture } from '../../lib/types';

const fromUrl: Capture = {
  key: 'arxiv:2106.09608',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2106.09608',
  title: 'arXiv:2106.09608',
  arxiv: { id: '2106.09608', version: 2 },
  missing: ['title', 'authors'],
};
const fromApi: Capture = {
  ...fromUrl,
  title: 'Learning Knowledge Graph-based World Models of Textual Environments',
  authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
  missing: [],
};

let shelf: CollectionStore | undefined;
afterEach(() => {
  cleanup();
  shelf?.close();
});

it('merges details that arrive after the save into the saved record', async () => {
  shelf = await CollectionStore.open({ name: 'late-details' });
  const opened = shelf;
  let answer: (capture: Capture) => void = () => undefined;
  const services: PopupServices = {
    capture: async () => ({ kind: 'item', capture: fromUrl, extractor: 'arxiv-url' }),
    enrich: () => new Promise((resolve) => (answer = resolve)),
    filingContext: (capture) => loadFilingContext(opened, capture),
    connections: async () => [],
    suggestTopics: async () => [],
    save: (request) => opened.save(request),
    remove: (key) => opened.remove(key),
    removeFromList: (key, listId) => removeFromList(opened, key, listId),
    restore: (item) => opened.restore(item),
    openLibrary: () => undefined,
    changed: () => undefined,
  };
  render(<App services={services} />);
  await screen.findByLabelText('Topic');
  fireEvent.input(screen.getByLabelText('Topic'), { target: { value: 'World models' } });
  fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'read first' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(async () => expect(await opened.getItem(fromUrl.key)).toBeDefined());
  expect((await opened.getItem(fromUrl.key))?.title).toBe('arXiv:2106.09608');

  answer(fromApi);
  await screen.findByRole('heading', { name: fromApi.title });
  await waitFor(async () =>
    expect(await opened.getItem(fromUrl.key)).toMatchObject({
      title: fromApi.title,
      authors: fromApi.authors,
      note: 'read first',
    }),
  );
  const item = await opened.getItem(fromUrl.key);
  const places = item ? await opened.placesOf(item) : [];
  expect(places).toEqual(['World models in Reading list']);
});
