// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, SLOW_CAPTURE_MS } from '../../../entrypoints/popup/App';
import type { CopyMarkdownRequest } from '../../../components/FileForm';
import { copyMarkdown } from '../../../lib/collection/copy-markdown';
import { loadFilingContext } from '../../../lib/store/filing-context';
import type { PopupServices } from '../../../entrypoints/popup/services';
import { suggestTopicsFor } from '../../../extension/background/suggestions';
import type { TabCapture } from '../../../extension/tab-capture';
import { CollectionStore } from '../../../lib/store/collection-store';
import { importMarkdown } from '../../../lib/store/markdown-list-import';
import { removeFromList } from '../../../lib/store/remove-from-list';
import type { Capture } from '../../../lib/types';

const paper: Capture = {
  key: 'arxiv:2106.09608',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2106.09608',
  title: 'Learning Knowledge Graph-based World Models of Textual Environments',
  authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
  abstract: 'World models of text-based game environments as knowledge graphs.',
  arxiv: { id: '2106.09608', version: 2 },
};

let dbCount = 0;
const shelves: CollectionStore[] = [];

async function setup(tab: TabCapture, overrides: Partial<PopupServices> = {}) {
  const shelf = await CollectionStore.open({ name: `popup-${++dbCount}` });
  shelves.push(shelf);
  const changed = vi.fn();
  const openLibrary = vi.fn();
  const services: PopupServices = {
    capture: () => Promise.resolve(tab),
    enrich: (capture) => Promise.resolve(capture),
    filingContext: (capture) => loadFilingContext(shelf, capture),
    connections: (capture) => shelf.connections(capture),
    suggestTopics: (capture) => suggestTopicsFor(shelf, capture),
    save: (request) => shelf.save(request),
    remove: (key) => shelf.remove(key),
    removeFromList: (key, listId) => removeFromList(shelf, key, listId),
    restore: (item) => shelf.restore(item),
    changed,
    completeDetails: vi.fn(),
    openLibrary,
    ...overrides,
  };
  return { shelf, services, changed, openLibrary };
}

const topicBox = () => screen.getByLabelText('Topic') as HTMLInputElement;
const noteBox = () => screen.getByLabelText('Note') as HTMLInputElement;
const statusText = () => screen.getAllByRole('status').at(-1)?.textContent;

afterEach(() => {
  cleanup();
  for (const shelf of shelves.splice(0)) shelf.close();
});

describe('popup', () => {
  it('shows the captured paper and saves it under a new topic', async () => {
    const { shelf, services, changed } = await setup({
      kind: 'item',
      capture: paper,
      extractor: 'arxiv-abs',
    });
    render(<App services={services} />);
    expect(await screen.findByRole('heading', { name: paper.title })).toBeTruthy();
    expect(screen.getByText('Prithviraj Ammanabrolu, Mark O. Riedl')).toBeTruthy();
    expect(screen.getByText('arXiv:2106.09608v2')).toBeTruthy();

    await screen.findByLabelText('Topic');
    fireEvent.input(topicBox(), { target: { value: 'World models / Text games' } });
    fireEvent.input(noteBox(), { target: { value: 'KG world model' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(statusText()).toBe('Saved to World models / Text games in Reading list'),
    );
    expect(await shelf.getItem(paper.key)).toMatchObject({
      note: 'KG world model',
      status: 'to-read',
    });
    expect(changed).toHaveBeenCalled();
  });

  it('prefills the topic the last paper went to', async () => {
    const { shelf, services } = await setup({ kind: 'item', capture: paper, extractor: 'x' });
    await shelf.save({
      capture: { ...paper, key: 'arxiv:1111.11111', arxiv: { id: '1111.11111' } },
      topic: 'World models',
    });
    render(<App services={services} />);
    await waitFor(() => expect(topicBox().value).toBe('World models'));
  });

  it('on a saved work, shows where it is and edits it: topics, note, read status', async () => {
    const { shelf, services } = await setup({ kind: 'item', capture: paper, extractor: 'x' });
    await shelf.save({ capture: paper, topics: ['World models', 'Games'], note: 'read soon' });
    render(<App services={services} />);
    await waitFor(() =>
      expect(statusText()).toBe('Already in World models in Reading list; Games in Reading list'),
    );
    expect(noteBox().value).toBe('read soon');
    expect(topicBox().value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Remove topic Games' }));
    fireEvent.input(noteBox(), { target: { value: 'done' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Read' }));
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(statusText()).toBe('Saved to World models in Reading list'));
    const item = await shelf.getItem(paper.key);
    expect(item).toMatchObject({ note: 'done', status: 'read' });
    expect(item?.topicIds).toHaveLength(1);
  });

  it('removes a saved work and undoes the removal', async () => {
    const { shelf, services } = await setup({ kind: 'item', capture: paper, extractor: 'x' });
    await shelf.save({ capture: paper, topic: 'World models', note: 'keep me' });
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove from this list' }));
    await waitFor(() => expect(statusText()).toBe('Removed from Reading list.'));
    expect(await shelf.getItem(paper.key)).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(statusText()).toBe('Restored.'));
    expect(await shelf.getItem(paper.key)).toMatchObject({ note: 'keep me' });
  });

  it('suggests topics from the words of items already filed', async () => {
    const { shelf, services } = await setup({ kind: 'item', capture: paper, extractor: 'x' });
    const world = (n: number): Capture => ({
      key: `url:https://x.org/w${n}`,
      kind: 'page',
      url: `https://x.org/w${n}`,
      title: `Knowledge graph world models for text games ${n}`,
    });
    const quant = (n: number): Capture => ({
      key: `url:https://x.org/q${n}`,
      kind: 'page',
      url: `https://x.org/q${n}`,
      title: `Low-bit quantization of language model weights ${n}`,
    });
    for (const n of [1, 2, 3]) {
      await shelf.save({ capture: world(n), topic: 'Agents / Worlds' });
      await shelf.save({ capture: quant(n), topic: 'Quantization' });
    }
    render(<App services={services} />);
    const chip = await screen.findByRole('button', { name: 'Agents / Worlds' });
    expect(chip).toBeTruthy();
  });

  it('shows the records linked to the paper: its code, saved earlier', async () => {
    const withCode = { ...paper, codeUrls: ['https://github.com/rajammanabrolu/WorldGeneration'] };
    const { shelf, services } = await setup({ kind: 'item', capture: withCode, extractor: 'x' });
    await shelf.save({
      capture: {
        key: 'github:rajammanabrolu/worldgeneration',
        kind: 'repo',
        url: 'https://github.com/rajammanabrolu/WorldGeneration',
        title: 'rajammanabrolu/WorldGeneration',
        repo: { owner: 'rajammanabrolu', name: 'WorldGeneration' },
      },
      topic: 'Code',
    });
    render(<App services={services} />);
    const section = await screen.findByRole('region', { name: 'Connected in your collection' });
    expect(section.textContent).toContain('Code');
    expect(section.textContent).toContain('rajammanabrolu/WorldGeneration');
  });

  it('prefills a clear suggestion once ranked, selected so that typing replaces it', async () => {
    const topic = { id: 't1', listId: 'l', path: 'World models', order: 1, createdAt: 1 };
    let answer: (ranked: { topic: typeof topic; score: number }[]) => void = () => undefined;
    const { services } = await setup(
      { kind: 'item', capture: paper, extractor: 'x' },
      { suggestTopics: () => new Promise((resolve) => (answer = resolve)) },
    );
    render(<App services={services} />);
    await screen.findByLabelText('Topic');
    await waitFor(() => expect(document.activeElement).toBe(topicBox())); // filing starts there
    expect(topicBox().value).toBe(''); // nothing is guessed before the ranking is in
    answer([
      {
        topic: { ...topic, listId: (await services.filingContext(paper)).listId ?? '' },
        score: 0.6,
      },
    ]);
    await waitFor(() => expect(topicBox().value).toBe('World models'));
    expect(screen.getByText('suggested')).toBeTruthy();
  });

  it('prefills the suggested topic when it is clearly ahead, the last one used otherwise', async () => {
    const { shelf, services } = await setup({ kind: 'item', capture: paper, extractor: 'x' });
    const page = (n: number, title: string): Capture => ({
      key: `url:https://x.org/${n}`,
      kind: 'paper',
      url: `https://x.org/${n}`,
      title,
    });
    await shelf.save({
      capture: page(1, 'Knowledge graph world models for text games'),
      topic: 'Agents / Worlds',
    });
    await shelf.save({
      capture: page(2, 'Efficient attention kernels for long context'),
      topic: 'Transformers / Attention',
    });
    // The last save went to Attention; the paper is about world models.
    render(<App services={services} />);
    await waitFor(() => expect(topicBox().value).toBe('Agents / Worlds'));
    expect(screen.getByText('suggested')).toBeTruthy();
    cleanup();

    const unrelated = { ...paper, key: 'arxiv:2201.00001', title: 'Protein folding', abstract: '' };
    const other = await setup({ kind: 'item', capture: unrelated, extractor: 'x' });
    await other.shelf.save({
      capture: page(1, 'Knowledge graph world models'),
      topic: 'Agents / Worlds',
    });
    await other.shelf.save({
      capture: page(2, 'Attention kernels'),
      topic: 'Transformers / Attention',
    });
    render(<App services={other.services} />);
    await waitFor(() => expect(topicBox().value).toBe('Transformers / Attention'));
    expect(screen.getByText('last used')).toBeTruthy();
    // Typing takes the box over: the hint goes, and nothing replaces what was typed.
    fireEvent.input(topicBox(), { target: { value: 'Biology' } });
    expect(screen.queryByText('last used')).toBeNull();
  });

  it("switching the list offers that list's topics only and never files another list's topic there", async () => {
    const { shelf, services } = await setup({ kind: 'item', capture: paper, extractor: 'x' });
    await shelf.save({ capture: { ...paper, key: 'url:https://x.org/a' }, topic: 'Other' });
    const imported = await importMarkdown(
      shelf,
      '# Games list\n\n## Games\n\n- [Zork](https://example.org/zork)\n',
      {},
      { now: 1 },
    );
    // The last save went to Reading list › World models: the popup starts there.
    await shelf.save({
      capture: { ...paper, key: 'arxiv:1111.11111', arxiv: { id: '1111.11111' } },
      topic: 'World models',
    });
    render(<App services={services} />);
    await waitFor(() => expect(topicBox().value).toBe('World models'));

    fireEvent.change(screen.getByLabelText('List'), { target: { value: imported.list.id } });
    await waitFor(() => expect(topicBox().value).not.toBe('World models'));
    expect(screen.queryByRole('button', { name: 'World models' })).toBeNull();
    fireEvent.keyDown(topicBox(), { key: 'ArrowDown' });
    const offered = screen.getAllByRole('option').map((option) => option.textContent);
    expect(offered).toContain('Games');
    expect(offered).not.toContain('World models');
    fireEvent.keyDown(topicBox(), { key: 'Escape' });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(statusText()).toContain('Saved to'));
    const paths = (await shelf.topics(imported.list.id)).map((topic) => topic.path);
    expect(paths).not.toContain('World models');
    expect(statusText()).toContain('Games list');
  });

  it('removes a work from the list shown by default, and from every list only when asked', async () => {
    const { shelf, services } = await setup({ kind: 'item', capture: paper, extractor: 'x' });
    await shelf.save({ capture: paper, topic: 'World models' }); // creates Reading list
    const imported = await importMarkdown(shelf, '# Games list\n\n## Games\n', {}, { now: 1 });
    await shelf.save({ capture: paper, topic: 'Games', listId: imported.list.id });
    render(<App services={services} />);
    const buttons = await screen.findAllByRole('button', { name: /^Remove from/ });
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Remove from this list',
      'Remove from all lists',
    ]);
    const listShown = (screen.getByLabelText('List') as HTMLSelectElement).selectedOptions[0];
    fireEvent.click(buttons[0] as HTMLElement);
    await waitFor(() => expect(statusText()).toBe(`Removed from ${listShown?.textContent}.`));
    const left = await shelf.getItem(paper.key);
    expect(left?.topicIds).toHaveLength(1);
    expect(await shelf.placesOf(left as NonNullable<typeof left>)).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(statusText()).toBe('Restored.'));
    expect((await shelf.getItem(paper.key))?.topicIds).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove from all lists' }));
    await waitFor(() => expect(statusText()).toBe('Removed from all your lists.'));
    expect(await shelf.getItem(paper.key)).toBeUndefined();
  });

  it('heads every state with the list a save goes to and the way to the library', async () => {
    const dated = {
      ...paper,
      arxiv: { id: '2106.09608', published: '2021-06-17', primaryCategory: 'cs.CL' },
    };
    const { shelf, services, openLibrary } = await setup({
      kind: 'item',
      capture: dated,
      extractor: 'x',
    });
    await shelf.save({ capture: { ...paper, key: 'url:https://x.org/a' }, topic: 'A' });
    render(<App services={services} />);
    const header = await screen.findByRole('banner');
    await waitFor(() => expect(header.textContent).toContain('Saving to Reading list'));
    fireEvent.click(screen.getByRole('button', { name: 'Open library' }));
    expect(openLibrary).toHaveBeenCalledOnce();
    expect(screen.getByText('2021 · cs.CL')).toBeTruthy();
  });

  it('says plainly when the tab has nothing to save', async () => {
    const { services } = await setup({ kind: 'nothing', reason: 'Nothing to save here.' });
    render(<App services={services} />);
    expect((await screen.findByRole('status')).textContent).toBe('Nothing to save here.');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open library' })).toBeTruthy();
  });

  it('stays blank for a quick tab, and says it is reading a tab that takes longer', async () => {
    const { services } = await setup(
      { kind: 'nothing', reason: '' },
      { capture: () => new Promise<TabCapture>(() => undefined) }, // never answers
    );
    // The popup's own clock, faked: no test waits on (or races) the real one.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      render(<App services={services} />);
      const main = screen.getByRole('main');
      expect(main.getAttribute('aria-busy')).toBe('true');
      const placeholder = main.querySelector('.item-card');
      await act(() => {
        vi.advanceTimersByTime(SLOW_CAPTURE_MS - 1);
      });
      expect(placeholder?.textContent).toBe('');
      await act(() => {
        vi.advanceTimersByTime(1);
      });
      expect(placeholder?.textContent).toBe('Reading the page…');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows what is known while details load, then the details', async () => {
    let finish: (capture: Capture) => void = () => undefined;
    const thin: Capture = {
      ...paper,
      title: 'arXiv 2106.09608',
      authors: undefined,
      missing: ['title', 'authors'],
    };
    const { services } = await setup(
      { kind: 'item', capture: thin, extractor: 'url' },
      {
        enrich: () =>
          new Promise((resolve) => {
            finish = resolve;
          }),
      },
    );
    render(<App services={services} />);
    expect(await screen.findByRole('heading', { name: 'arXiv 2106.09608' })).toBeTruthy();
    expect(await screen.findByText('Fetching details…')).toBeTruthy();
    finish(paper);
    expect(await screen.findByRole('heading', { name: paper.title })).toBeTruthy();
  });

  it('keeps the form and reports a failed save', async () => {
    const { services } = await setup(
      { kind: 'item', capture: paper, extractor: 'x' },
      { save: vi.fn(() => Promise.reject(new Error('The browser has no room left'))) },
    );
    render(<App services={services} />);
    await screen.findByLabelText('Topic');
    fireEvent.input(topicBox(), { target: { value: 'A' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(statusText()).toBe('Not saved: The browser has no room left'));
    expect(topicBox().value).toBe('A');
  });

  it('keeps a topic typed with slashes, a hash and emoji as typed', async () => {
    const { shelf, services } = await setup({ kind: 'item', capture: paper, extractor: 'x' });
    render(<App services={services} />);
    await screen.findByLabelText('Topic');
    const odd = `/#misc 🚀/ ${'x'.repeat(180)}`;
    fireEvent.input(topicBox(), { target: { value: odd } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(statusText()).toContain('Saved to'));
    expect((await shelf.topics()).map((topic) => topic.path)).toContain(odd);
  });

  it('renders page text as text, never as HTML', async () => {
    const hostile = { ...paper, title: '<img src=x onerror="window.hacked=1">Title' };
    const { services } = await setup({ kind: 'item', capture: hostile, extractor: 'x' });
    const { container } = render(<App services={services} />);
    await screen.findByRole('heading', { name: hostile.title });
    // The header's icon is the only image: none comes from the page's text.
    expect([...container.querySelectorAll('img')].map((img) => img.className)).toEqual([
      'popup-icon',
    ]);
  });

  it('copies the line the chosen list would write, in its topic, next to Save', async () => {
    const clipboard: string[] = [];
    const asked: CopyMarkdownRequest[] = [];
    const { shelf, services } = await setup(
      { kind: 'item', capture: paper, extractor: 'x' },
      {
        async copyMarkdown(request) {
          asked.push(request);
          clipboard.push(copyMarkdown(await shelf.readAll(), request, new Date(0)));
        },
      },
    );
    // Two lists, the popup starting in the other one: the copy must follow the list chosen.
    await shelf.save({
      capture: { ...paper, key: 'arxiv:1111.11111', arxiv: { id: '1111.11111' } },
      topic: 'World models',
    });
    const imported = await importMarkdown(
      shelf,
      '# Games list\n\n## Games\n\n* [Zork](https://example.org/zork)\n* [Adventure](https://example.org/adventure)\n',
      {},
      { now: 1 },
    );
    render(<App services={services} />);
    await waitFor(() => expect(topicBox().value).toBe('World models'));
    fireEvent.change(screen.getByLabelText('List'), { target: { value: imported.list.id } });
    fireEvent.input(topicBox(), { target: { value: 'Games' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));

    await waitFor(() => expect(statusText()).toBe("Copied as Markdown, in Games list's style."));
    expect(asked[0]).toMatchObject({ listId: imported.list.id, topic: 'Games' });
    // The list's own shape: its star bullet (a new list would write '-').
    expect(clipboard).toEqual([`* [${paper.title}](${paper.url})`]);
    // Copying saves nothing.
    expect(await shelf.getItem(paper.key)).toBeUndefined();
  });

  it('says why nothing was copied', async () => {
    const { services } = await setup(
      { kind: 'item', capture: paper, extractor: 'x' },
      { copyMarkdown: () => Promise.reject(new Error('clipboard refused')) },
    );
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(statusText()).toBe('Not copied: clipboard refused'));
  });
});
