// @vitest-environment jsdom
/**
 * Issue 12.3: a save made in the popup before the API answers (an arXiv PDF tab gives only
 * the id) is completed when the answer comes, by the background, even when the popup was
 * closed right after the save: the record gets the title and authors, and keeps the topic
 * and note it was saved with. The popup's message goes through the background's real
 * handlers. (The browser test with a slow API route is popup-late-details.spec.ts.)
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/popup/App';
import { backgroundListener } from '../../extension/background/handlers';
import { LateDetails } from '../../extension/background/late-details';
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

it('completes in the background a save made before the API answered, the popup closed', async () => {
  shelf = await CollectionStore.open({ name: 'late-details' });
  const opened = shelf;
  // One API answer for both sides; the test says when it arrives.
  let answer: (capture: Capture) => void = () => undefined;
  const answered = new Promise<Capture>((resolve) => (answer = resolve));
  const late = new LateDetails({ shelf: async () => opened, enrich: () => answered });
  const after = vi.spyOn(late, 'after');
  const background = backgroundListener({
    shelf: async () => opened,
    savedKeys: { add: () => undefined, invalidate: () => undefined, savedKeys: async () => [] },
    refreshAllTabs: async () => undefined,
    extensionId: 'paper-shelf',
    extensionBase: 'chrome-extension://paper-shelf/',
    lateDetails: late,
  });
  const popup = { id: 'paper-shelf', url: 'chrome-extension://paper-shelf/popup.html' };
  const services: PopupServices = {
    capture: async () => ({ kind: 'item', capture: fromUrl, extractor: 'arxiv-url' }),
    enrich: () => answered,
    filingContext: (capture) => loadFilingContext(opened, capture),
    connections: async () => [],
    suggestTopics: async () => [],
    save: (request) => opened.save(request),
    remove: (key) => opened.remove(key),
    removeFromList: (key, listId) => removeFromList(opened, key, listId),
    restore: (item) => opened.restore(item),
    openLibrary: () => undefined,
    changed: () => undefined,
    completeDetails: (key) => void background({ type: 'completeDetails', key }, popup),
  };
  const { unmount } = render(<App services={services} />);
  await screen.findByLabelText('Topic');
  fireEvent.input(screen.getByLabelText('Topic'), { target: { value: 'World models' } });
  fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'read first' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(after).toHaveBeenCalled());
  expect((await opened.getItem(fromUrl.key))?.title).toBe('arXiv:2106.09608');
  unmount(); // the popup is closed before the API answers

  answer(fromApi);
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
