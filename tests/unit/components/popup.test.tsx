// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/App';
import type { PopupServices } from '../../../entrypoints/popup/services';
import type { TabCapture } from '../../../lib/capture';
import { Shelf } from '../../../lib/store/shelf';
import type { Capture } from '../../../lib/types';

const paper: Capture = {
  key: 'arxiv:2106.09608',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2106.09608',
  title: 'Learning Knowledge Graph-based World Models of Textual Environments',
  authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
  arxiv: { id: '2106.09608', version: 2 },
};

let dbCount = 0;
const shelves: Shelf[] = [];

async function services(tab: TabCapture, overrides: Partial<PopupServices> = {}) {
  const shelf = await Shelf.open({ name: `popup-${++dbCount}` });
  shelves.push(shelf);
  const real: PopupServices = {
    capture: () => Promise.resolve(tab),
    enrich: (capture) => Promise.resolve(capture),
    async findItem(key) {
      const item = await shelf.getItem(key);
      return item && { item, places: await shelf.placesOf(item) };
    },
    topics: () => shelf.topics(),
    save: (request) => shelf.save(request),
    ...overrides,
  };
  return { shelf, services: real };
}

afterEach(() => {
  cleanup();
  for (const shelf of shelves.splice(0)) shelf.close();
});

describe('popup', () => {
  it('shows the captured paper and saves it under a new topic', async () => {
    const { shelf, services: s } = await services({
      kind: 'item',
      capture: paper,
      extractor: 'arxiv-abs',
    });
    render(<App services={s} />);
    expect(await screen.findByRole('heading', { name: paper.title })).toBeTruthy();
    expect(screen.getByText('Prithviraj Ammanabrolu, Mark O. Riedl')).toBeTruthy();
    expect(screen.getByText('arXiv:2106.09608v2')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Topic'), {
      target: { value: 'World models / Text games' },
    });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'KG world model' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved to World models / Text games in Reading list',
      ),
    );
    expect(await shelf.getItem(paper.key)).toMatchObject({ note: 'KG world model' });
  });

  it('says where a saved work already is and keeps its note', async () => {
    const { shelf, services: s } = await services({ kind: 'item', capture: paper, extractor: 'x' });
    await shelf.save({ capture: paper, topic: 'World models', note: 'read soon' });
    render(<App services={s} />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Already in World models in Reading list',
      ),
    );
    await waitFor(() =>
      expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('read soon'),
    );
  });

  it('says plainly when the tab has nothing to save', async () => {
    const { services: s } = await services({ kind: 'nothing', reason: 'Nothing to save here.' });
    render(<App services={s} />);
    expect((await screen.findByRole('status')).textContent).toBe('Nothing to save here.');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('shows what is known while details load, then the details', async () => {
    let finish: (capture: Capture) => void = () => undefined;
    const thin: Capture = {
      ...paper,
      title: 'arXiv 2106.09608',
      authors: undefined,
      missing: ['title', 'authors'],
    };
    const { services: s } = await services(
      { kind: 'item', capture: thin, extractor: 'url' },
      {
        enrich: () =>
          new Promise((resolve) => {
            finish = resolve;
          }),
      },
    );
    render(<App services={s} />);
    expect(await screen.findByRole('heading', { name: 'arXiv 2106.09608' })).toBeTruthy();
    expect(await screen.findByText('Fetching details…')).toBeTruthy();
    finish(paper);
    expect(await screen.findByRole('heading', { name: paper.title })).toBeTruthy();
  });

  it('keeps the capture and reports a failed save without losing the form', async () => {
    const { services: s } = await services(
      { kind: 'item', capture: paper, extractor: 'x' },
      { save: vi.fn(() => Promise.reject(new Error('The browser has no room left'))) },
    );
    render(<App services={s} />);
    await screen.findByRole('heading', { name: paper.title });
    fireEvent.input(screen.getByLabelText('Topic'), { target: { value: 'A' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Not saved: The browser has no room left',
      ),
    );
    expect((screen.getByLabelText('Topic') as HTMLInputElement).value).toBe('A');
  });

  it('renders page text as text, never as HTML', async () => {
    const hostile = { ...paper, title: '<img src=x onerror="window.hacked=1">Title' };
    const { services: s } = await services({ kind: 'item', capture: hostile, extractor: 'x' });
    const { container } = render(<App services={s} />);
    await screen.findByRole('heading', { name: hostile.title });
    expect(container.querySelector('img')).toBeNull();
  });
});
