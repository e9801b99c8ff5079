// @vitest-environment jsdom
/**
 * Issue 12.1: whenever the library finds the collection emptier than its last safety copy,
 * it offers "Restore the collection as it was before the last import", and that restores it.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryServices } from '../../components/library/services';
import { App } from '../../entrypoints/options/App';
import { removeItems } from '../../lib/collection/operations';
import { CollectionStore } from '../../lib/store/collection-store';
import { SafetyCopies } from '../../lib/store/safety';
import type { Capture } from '../../lib/types';
import { FakeArea } from './fake-area';

const OFFER = 'Restore the collection as it was before the last import';
let count = 0;
const stores: CollectionStore[] = [];
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const store of stores.splice(0)) store.close();
});

function paper(n: number): Capture {
  const id = `2401.0000${n}`;
  return { key: `arxiv:${id}`, kind: 'paper', url: `https://arxiv.org/abs/${id}`, title: `P${n}` };
}

async function setup() {
  let clock = Date.UTC(2026, 0, 1);
  const store = await CollectionStore.open({ name: `offer-${++count}`, now: () => ++clock });
  stores.push(store);
  for (let n = 1; n <= 3; n++) await store.save({ capture: paper(n), topic: 'A' });
  const safety = new SafetyCopies(new FakeArea());
  const services: LibraryServices = {
    open: () => Promise.resolve(store),
    now: () => ++clock,
    safety,
    estimate: async () => ({ usage: 0, quota: 1e9 }),
    download: vi.fn(),
    copy: vi.fn(() => Promise.resolve()),
    notifyChanged: vi.fn(),
  };
  return { store, safety, services };
}

describe('the restore offer', () => {
  it('is not made while the collection holds what its last copy held', async () => {
    const { store, safety, services } = await setup();
    await safety.take(await store.readAll(), 'import', 1);
    const latest = vi.spyOn(safety, 'latest');
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'P1' });
    // Not a delay but the check itself: the page has asked for the last copy, the answer is
    // in, and act() renders whatever the answer set.
    await vi.waitFor(() => expect(latest).toHaveBeenCalled());
    await act(async () => {
      await latest.mock.results.at(-1)?.value;
    });
    expect(screen.queryByRole('button', { name: OFFER })).toBeNull();
  }, 20_000);

  it('is made when records went missing since, and puts them back', async () => {
    const { store, safety, services } = await setup();
    await safety.take(await store.readAll(), 'import', 1);
    await store.run(removeItems([paper(2).key, paper(3).key]));
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: OFFER }));
    await waitFor(() =>
      expect(screen.getByText(/Collection restored as it was before the last import/)).toBeTruthy(),
    );
    expect((await store.readAll()).items).toHaveLength(3);
    await waitFor(() => expect(screen.queryByRole('button', { name: OFFER })).toBeNull());
    // The items' title links (the page also has its skip link).
    const titles = screen.getAllByRole('link').map((link) => link.textContent);
    expect(titles.filter((text) => /^P\d$/.test(text ?? ''))).toEqual(['P1', 'P2', 'P3']);
  }, 20_000);
});
