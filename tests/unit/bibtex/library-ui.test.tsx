// @vitest-environment jsdom
/** The library page's BibTeX: copy a row, export a list or topic, import a .bib under a topic. */
// The library page on a real store: IndexedDB and testing-library's waiting, as components get.
import '../setup-dom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyBibtex } from '../../../components/CopyBibtex';
import type { LibraryServices } from '../../../components/library/services';
import { App } from '../../../entrypoints/options/App';
import { readBibtex } from '../../../lib/bibtex/read';
import { CollectionStore } from '../../../lib/store/collection-store';

let count = 0;
const shelves: CollectionStore[] = [];

async function setup() {
  let clock = Date.UTC(2026, 0, 1);
  const shelf = await CollectionStore.open({ name: `bibtex-ui-${++count}`, now: () => ++clock });
  shelves.push(shelf);
  await shelf.save({
    capture: {
      key: 'arxiv:2401.00001',
      kind: 'paper',
      url: 'https://arxiv.org/abs/2401.00001',
      title: 'Sparse attention kernels',
      authors: ['Ada Lovelace'],
      arxiv: { id: '2401.00001', updated: '2024-01-02', primaryCategory: 'cs.LG' },
    },
    topic: 'Attention / Kernels',
  });
  await shelf.save({
    capture: {
      key: 'github:a/b',
      kind: 'repo',
      url: 'https://github.com/a/b',
      title: 'a/b',
      repo: { owner: 'a', name: 'b' },
    },
    topic: 'Tools',
  });
  const download = vi.fn();
  const copy = vi.fn((_text: string) => Promise.resolve());
  const services: LibraryServices = {
    open: () => Promise.resolve(shelf),
    now: () => ++clock,
    download,
    copy,
    notifyChanged: vi.fn(),
  };
  return { shelf, services, download, copy };
}

afterEach(() => {
  cleanup();
  for (const shelf of shelves.splice(0)) shelf.close();
});

// The first click loads the BibTeX modules (as the page does, lazily): slow on a busy machine.
describe('library BibTeX', { timeout: 20_000 }, () => {
  it('copies a row’s entry and keeps its key from then on', async () => {
    const { shelf, services, copy } = await setup();
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: /^(Attention \/ )?Kernels/ }));
    const link = await screen.findByRole('link', { name: 'Sparse attention kernels' });
    const row = link.closest('li') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Copy BibTeX' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    const [entry] = readBibtex(copy.mock.calls[0]?.[0] ?? '');
    expect(entry?.key).toBe('lovelace2024sparse');
    expect(entry?.fields.eprint).toBe('2401.00001');
    expect((await shelf.getItem('arxiv:2401.00001'))?.citeKey).toBe('lovelace2024sparse');
  });

  it('exports the list as a .bib named after it', async () => {
    const { services, download } = await setup();
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export BibTeX' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe('reading-list.bib');
    expect(readBibtex(text).map((entry) => entry.key)).toEqual(['lovelace2024sparse', 'a2026b']);
  });

  it('imports pasted entries under the chosen topic, or names the bad one', async () => {
    const { shelf, services } = await setup();
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Import BibTeX' }));
    const form = await screen.findByRole('form', { name: 'Import BibTeX' });
    fireEvent.input(within(form).getByLabelText('Or paste the entries'), {
      target: {
        value: '@misc{ok, title={Fine}, url={https://ok.org}}\n@misc{bad,\n title={x} y={1}}',
      },
    });
    fireEvent.input(within(form).getByLabelText('Under the topic'), {
      target: { value: 'Cited' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Nothing was imported.*entry "bad" \(line 2\)/,
    );
    expect(await shelf.getItem('url:https://ok.org')).toBeUndefined();
    fireEvent.input(within(form).getByLabelText('Or paste the entries'), {
      target: { value: '@misc{ok, title={Fine}, url={https://ok.org}}' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Import' }));
    await waitFor(async () =>
      expect(await shelf.getItem('url:https://ok.org')).toMatchObject({ citeKey: 'ok' }),
    );
    expect((await shelf.topics()).map((topic) => topic.path)).toContain('Cited');
  });

  it('the popup’s button says whether the entry was copied', async () => {
    const onCopy = vi.fn(() => Promise.reject(new Error('clipboard denied')));
    render(<CopyBibtex onCopy={onCopy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    expect(await screen.findByText('Could not copy BibTeX: clipboard denied')).toBeTruthy();
  });
});
