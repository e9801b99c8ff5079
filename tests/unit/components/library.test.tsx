// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryServices } from '../../../components/library/services';
import { App } from '../../../entrypoints/options/App';
import { CollectionStore } from '../../../lib/store/collection-store';
import { importMarkdown } from '../../../lib/store/markdown-list-import';
import type { Capture } from '../../../lib/types';

let count = 0;
const shelves: CollectionStore[] = [];

function paper(id: string, title: string, extra: Partial<Capture> = {}): Capture {
  return {
    key: `arxiv:${id}`,
    kind: 'paper',
    url: `https://arxiv.org/abs/${id}`,
    title,
    arxiv: { id },
    ...extra,
  };
}

async function setup(overrides: Partial<LibraryServices> = {}) {
  let clock = Date.UTC(2026, 0, 1);
  const shelf = await CollectionStore.open({ name: `library-ui-${++count}`, now: () => ++clock });
  shelves.push(shelf);
  const download = vi.fn();
  const copy = vi.fn(() => Promise.resolve());
  const notifyChanged = vi.fn();
  const services: LibraryServices = {
    open: () => Promise.resolve(shelf),
    now: () => ++clock,
    download,
    copy,
    notifyChanged,
    ...overrides,
  };
  return { shelf, services, download, copy, notifyChanged };
}

async function seedTwoTopics(shelf: CollectionStore) {
  await shelf.save({
    capture: paper('2401.00001', 'Sparse attention kernels', { authors: ['Ada Lovelace'] }),
    topic: 'Attention',
  });
  await shelf.save({
    capture: paper('2401.00002', 'Low-bit quantization'),
    topic: 'Quantization',
    note: 'int4 trick',
  });
  await shelf.save({
    capture: {
      key: 'github:a/b',
      kind: 'repo',
      url: 'https://github.com/a/b',
      title: 'a/b kernels',
      repo: { owner: 'a', name: 'b' },
    },
    topic: 'Attention',
    status: 'read',
  });
}

/** The items' title links (the page's own links, such as "Skip to search", are not items). */
const links = () =>
  screen
    .queryAllByRole('link')
    .filter((link) => link.closest('.item-row'))
    .map((link) => link.textContent);
const statusText = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' | ');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const shelf of shelves.splice(0)) shelf.close();
});

// A ceiling, not a delay: each test drives a real store through the whole page, and a
// loaded 2-core machine (several test runs at once) can take more than 5 s for one.
describe('library page', { timeout: 20_000 }, () => {
  it('shows an empty collection kindly', async () => {
    const { services } = await setup();
    render(<App services={services} />);
    expect(await screen.findByText(/Your collection is empty/)).toBeTruthy();
  });

  it('browses by topic and searches title, authors, id and note', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    render(<App services={services} />);
    await waitFor(() => expect(links()).toEqual(['Sparse attention kernels', 'a/b kernels']));
    fireEvent.click(screen.getByRole('button', { name: /^Quantization/ }));
    await waitFor(() => expect(links()).toEqual(['Low-bit quantization']));
    const search = screen.getByRole('searchbox', { name: 'Search' });
    for (const [query, expected] of [
      ['lovelace', ['Sparse attention kernels']],
      ['INT4', ['Low-bit quantization']],
      ['2401.00002', ['Low-bit quantization']],
      ['kernels', ['Sparse attention kernels', 'a/b kernels']],
    ] as const) {
      fireEvent.input(search, { target: { value: query } });
      await waitFor(() => expect(links()).toEqual(expected));
    }
    // The words searched for are marked in the titles they matched.
    expect([...document.querySelectorAll('.item-row mark')].map((m) => m.textContent)).toEqual([
      'kernels',
      'kernels',
    ]);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'repo' } });
    await waitFor(() => expect(links()).toEqual(['a/b kernels']));
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'to-read' } });
    await waitFor(() => expect(links()).toEqual(['Sparse attention kernels']));
    fireEvent.input(search, { target: { value: 'no such words' } });
    expect(await screen.findByText('Nothing matches this search in this list.')).toBeTruthy();
  });

  it('/ jumps to Search unless the user is typing, and a skip link leads there', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    render(<App services={services} />);
    await waitFor(() => expect(links()).toHaveLength(2));
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(screen.getByRole('link', { name: 'Skip to search' }).getAttribute('href')).toBe(
      '#search',
    );
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search);
    const note = document.createElement('input');
    document.body.append(note);
    note.focus();
    fireEvent.keyDown(note, { key: '/' });
    expect(document.activeElement).toBe(note);
    note.remove();
    // Search comes before the topic tree's controls in the tab order.
    const tree = screen.getByRole('navigation', { name: 'Topics' });
    expect(search.compareDocumentPosition(tree) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('edits an item and undoes the edit', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'Sparse attention kernels' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Edit' })[0] as HTMLElement);
    fireEvent.input(screen.getByLabelText('Title'), {
      target: { value: 'Sparse kernels, revised' },
    });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'see §3' } });
    fireEvent.change(screen.getByLabelText('Read status'), { target: { value: 'read' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('link', { name: 'Sparse kernels, revised' });
    expect(await shelf.getItem('arxiv:2401.00001')).toMatchObject({
      title: 'Sparse kernels, revised',
      note: 'see §3',
      status: 'read',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('link', { name: 'Sparse attention kernels' });
    expect((await shelf.getItem('arxiv:2401.00001'))?.note).toBe('');
  });

  it('moves with the "Move to…" menu, deletes with undo, merges two records', async () => {
    const { shelf, services, notifyChanged } = await setup();
    await seedTwoTopics(shelf);
    const quantization = (await shelf.topics()).find((t) => t.path === 'Quantization');
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'a/b kernels' });
    const row = screen.getByRole('link', { name: 'a/b kernels' }).closest('li') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Move to…' }));
    fireEvent.change(await within(row).findByLabelText('Move to…'), {
      target: { value: quantization?.id },
    });
    await waitFor(() => expect(links()).toEqual(['Sparse attention kernels']));
    expect((await shelf.getItem('github:a/b'))?.topicIds).toEqual([quantization?.id]);
    expect(notifyChanged).toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(statusText()).toContain('Deleted “Sparse attention kernels”.'));
    expect(await shelf.getItem('arxiv:2401.00001')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await shelf.getItem('arxiv:2401.00001')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: /^Quantization/ }));
    await waitFor(() => expect(links()).toEqual(['Low-bit quantization', 'a/b kernels']));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Low-bit quantization' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select a/b kernels' }));
    fireEvent.click(screen.getByRole('button', { name: 'Merge selected' }));
    await waitFor(() => expect(links()).toEqual(['Low-bit quantization']));
    expect(await shelf.getItem('github:a/b')).toBeUndefined();
    expect((await shelf.getItem('arxiv:2401.00002'))?.repo).toEqual({ owner: 'a', name: 'b' });
  });

  it('moves several selected items at once from the keyboard', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    const quantization = (await shelf.topics()).find((t) => t.path === 'Quantization');
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'a/b kernels' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Sparse attention kernels' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select a/b kernels' }));
    const bulk = screen.getByRole('group', { name: 'Selected items' });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Move to…' }));
    fireEvent.change(await within(bulk).findByLabelText('Move to…'), {
      target: { value: quantization?.id },
    });
    await waitFor(() => expect(statusText()).toContain('Moved 2 items'));
    expect((await shelf.getItem('github:a/b'))?.topicIds).toEqual([quantization?.id]);
    expect((await shelf.getItem('arxiv:2401.00001'))?.topicIds).toEqual([quantization?.id]);
  });

  it('renames, reorders, nests and deletes topics in a dialog (items go to the parent)', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'Sparse attention kernels' });
    const nav = () => within(screen.getByRole('navigation', { name: 'Topics' }));
    const names = () =>
      nav()
        .getAllByRole('button')
        .map((b) => b.querySelector('.topic-name')?.textContent)
        .filter(Boolean);
    const dialog = () => within(screen.getByRole('dialog'));
    const closed = () => expect(screen.queryByRole('dialog')).toBeNull();
    const rowFocused = (name: string) =>
      waitFor(() => {
        expect(document.activeElement?.classList.contains('topic-button')).toBe(true);
        expect(document.activeElement?.querySelector('.topic-name')?.textContent).toBe(name);
      });
    /** Opens the chosen topic's dialog from its row, as a keyboard user would. */
    const manage = (name: string) => {
      const button = screen.getByRole('button', { name: `Manage topic ${name}` });
      button.focus();
      fireEvent.click(button);
      return dialog();
    };
    // No form stands open under the tree: management waits behind the row's button.
    expect(screen.queryByLabelText('Topic name')).toBeNull();
    // Search comes before the tree's management controls in the tab order.
    const search = screen.getByLabelText('Search');
    const manageButton = screen.getByRole('button', { name: 'Manage topic Attention' });
    expect(search.compareDocumentPosition(manageButton) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

    fireEvent.input(manage('Attention').getByLabelText('Topic name'), {
      target: { value: 'Attention kernels' },
    });
    fireEvent.click(dialog().getByRole('button', { name: 'Rename' }));
    closed();
    await waitFor(() =>
      expect(names()).toEqual(['Reading list', 'Attention kernels', 'Quantization']),
    );
    await rowFocused('Attention kernels');

    // Moving keeps the dialog open for another step; Escape closes it.
    fireEvent.click(manage('Attention kernels').getByRole('button', { name: 'Move down' }));
    await waitFor(() =>
      expect(names()).toEqual(['Reading list', 'Quantization', 'Attention kernels']),
    );
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    closed();
    await rowFocused('Attention kernels');

    fireEvent.change(manage('Attention kernels').getByLabelText('Nest under'), {
      target: { value: 'Quantization' },
    });
    fireEvent.click(dialog().getByRole('button', { name: 'Nest' }));
    await waitFor(async () =>
      expect((await shelf.topics()).map((t) => t.path)).toEqual([
        '',
        'Quantization',
        'Quantization / Attention kernels',
      ]),
    );

    // Delete asks first, saying where the items go; "Keep it" changes nothing.
    await screen.findByRole('heading', { name: /^Quantization \/ Attention kernels\b/ });
    fireEvent.click(manage('Attention kernels').getByRole('button', { name: 'Delete topic…' }));
    expect(dialog().getByText(/Its 2 items move to “Quantization”/)).toBeTruthy();
    fireEvent.click(dialog().getByRole('button', { name: 'Keep it' }));
    expect((await shelf.topics()).length).toBe(3);
    fireEvent.click(dialog().getByRole('button', { name: 'Delete topic…' }));
    fireEvent.click(dialog().getByRole('button', { name: 'Delete topic' }));
    closed();
    await waitFor(() => expect(statusText()).toContain('2 items moved to Quantization'));
    expect((await shelf.topics()).map((t) => t.path)).toEqual(['', 'Quantization']);
    await rowFocused('Quantization');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await shelf.topics()).length).toBe(3));
  });

  it('adds topics and sub-topics from the dialog; an empty topic says how to fill it', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'Sparse attention kernels' });
    fireEvent.click(screen.getByRole('button', { name: 'New topic' }));
    const dialog = within(screen.getByRole('dialog', { name: 'New topic in Reading list' }));
    fireEvent.input(dialog.getByLabelText('New topic'), { target: { value: 'Surveys' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Add topic' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByRole('heading', { name: /^Surveys\b/ });
    expect(screen.getByText(/Nothing filed here yet/).textContent).toMatch(/choose this topic/);

    fireEvent.click(screen.getByRole('button', { name: 'Manage topic Surveys' }));
    const manage = within(screen.getByRole('dialog', { name: 'Topic “Surveys”' }));
    fireEvent.input(manage.getByLabelText('New sub-topic'), { target: { value: '2024' } });
    fireEvent.click(manage.getByRole('button', { name: 'Add sub-topic' }));
    await screen.findByRole('heading', { name: /^Surveys \/ 2024\b/ });
    expect((await shelf.topics()).map((t) => t.path)).toContain('Surveys / 2024');
  });

  it('edits a list in a dialog: Escape leaves it unchanged, Save list saves it', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'Sparse attention kernels' });
    const settings = screen.getByRole('button', { name: 'List settings' });
    settings.focus();
    fireEvent.click(settings);
    let dialog = within(screen.getByRole('dialog', { name: 'List settings: Reading list' }));
    fireEvent.input(dialog.getByLabelText('Name'), { target: { value: 'Not this' } });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(settings));
    expect((await shelf.lists()).map((l) => l.name)).toEqual(['Reading list']);

    fireEvent.click(settings);
    dialog = within(screen.getByRole('dialog', { name: 'List settings: Reading list' }));
    // Opened afresh: what Escape dropped is gone.
    expect((dialog.getByLabelText('Name') as HTMLInputElement).value).toBe('Reading list');
    fireEvent.input(dialog.getByLabelText('Name'), { target: { value: 'Papers' } });
    fireEvent.change(dialog.getByLabelText('Style'), { target: { value: 'awesome' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Save list' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () =>
      expect((await shelf.lists()).map((l) => [l.name, l.style])).toEqual([['Papers', 'awesome']]),
    );
    expect(statusText()).toContain('List saved.');
  });

  it('asks in a dialog before a backup replaces the collection; Escape keeps everything', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    const { backupDocument } = await import('../../../lib/store/backup-io');
    const backup = JSON.stringify(await backupDocument(shelf, Date.UTC(2026, 0, 2)));
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'Sparse attention kernels' });
    const opener = screen.getByRole('button', { name: 'Import backup' });
    const choose = () =>
      fireEvent.change(screen.getByLabelText('Backup file'), {
        target: { files: [new File([backup], 'shelf.json', { type: 'application/json' })] },
      });
    choose();
    const dialog = await screen.findByRole('dialog', { name: 'Replace your collection?' });
    expect(dialog.textContent).toContain('shelf.json (1 lists, 3 topics, 3 items)');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(opener));
    choose();
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace collection' }),
    );
    await waitFor(() => expect(statusText()).toContain('Backup restored: 1 list, 3 items.'));
    // Closed once the restore has finished (the page reloads the collection first).
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('imports pasted Markdown as a list; a bad paste names the line and changes nothing', async () => {
    const { shelf, services } = await setup();
    render(<App services={services} />);
    await screen.findByText(/Your collection is empty/);
    fireEvent.click(screen.getByRole('button', { name: 'Import Markdown' }));
    fireEvent.input(screen.getByLabelText('Or paste the Markdown'), {
      target: { value: '# L\n\n## A\n- x\n\0' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('line 5'));
    expect(await shelf.lists()).toEqual([]);
    fireEvent.input(screen.getByLabelText('Or paste the Markdown'), {
      target: { value: '# Mine\n\n## A\n- [One](https://arxiv.org/abs/2401.00001)\n' },
    });
    fireEvent.input(screen.getByLabelText('File name'), { target: { value: 'papers/README.md' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('link', { name: 'One' });
    expect((await shelf.lists()).map((l) => [l.name, l.fileName])).toEqual([
      ['Mine', 'papers/README.md'],
    ]);
    // The success replaces the error: one message at a time, in the one status line.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(statusText()).toContain('Imported “Mine”');
    expect(document.querySelectorAll('.page-status p:not(:empty)')).toHaveLength(1);
  });

  it('exports: raw Markdown, sanitised preview, changes since the file; Download records the export', async () => {
    const { shelf, services, download } = await setup();
    render(<App services={services} />);
    await screen.findByText(/Your collection is empty/);
    fireEvent.click(screen.getByRole('button', { name: 'Import Markdown' }));
    fireEvent.input(screen.getByLabelText('Or paste the Markdown'), {
      target: {
        value:
          '# Mine\n\n## A\n- [One <img src=x onerror="window.__pwned=1">](https://arxiv.org/abs/2401.00001)\n',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('link', { name: /One/ });
    const list = (await shelf.lists())[0];
    await shelf.save({
      capture: paper('2401.00003', 'Two <script>window.__pwned=2</script>'),
      topic: 'A',
      listId: list?.id,
    });
    await shelf.save({ capture: paper('2401.00004', 'Three'), topic: 'B', listId: list?.id });
    cleanup();
    render(<App services={services} />);
    expect(await screen.findByLabelText('New since last export (2)')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('New since last export (2)'));
    await waitFor(() =>
      expect(links()).toEqual(['Two <script>window.__pwned=2</script>', 'Three']),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    const raw = (await screen.findByRole('textbox', { name: 'Markdown' })) as HTMLTextAreaElement;
    expect(raw.value).toContain('## B\n');
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(preview.querySelector('script, [onerror]')).toBeNull();
    expect(preview.textContent).toContain('Three');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    fireEvent.click(screen.getByRole('tab', { name: 'Changes' }));
    expect(
      await screen.findByText(/2 items added, 0 removed; 1 topic added, 0 removed/),
    ).toBeTruthy();
    expect(screen.getByText('+ ## B')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(download).toHaveBeenCalledWith('README.md', raw.value);
    await screen.findByLabelText('New since last export (0)');
    expect((await shelf.lists())[0]?.exportedAt).toBeGreaterThan(0);
  });

  it('shows a full disk and a blocked upgrade instead of swallowing them', async () => {
    const { shelf, services } = await setup();
    await seedTwoTopics(shelf);
    render(<App services={services} />);
    await screen.findByRole('link', { name: 'Sparse attention kernels' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    fireEvent.click(screen.getAllByRole('button', { name: 'Edit' })[0] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('no room left'));
    vi.restoreAllMocks();
    cleanup();

    const blocked = await setup({
      open: (onBlocked) => {
        onBlocked();
        return new Promise(() => undefined);
      },
    });
    render(<App services={blocked.services} />);
    expect((await screen.findByRole('alert')).textContent).toContain('close its other tabs');
  });

  it('sorts a topic by date added (default), date published and title', async () => {
    const { shelf, services } = await setup();
    await shelf.save({
      capture: paper('2001.00001', 'Zeta scaling', {
        arxiv: { id: '2001.00001', published: '2020-01-02' },
      }),
      topic: 'Attention',
    });
    await shelf.save({
      capture: paper('2301.00001', 'alpha kernels', { published: '2023-05' }),
      topic: 'Attention',
    });
    await shelf.save({
      capture: paper('x', 'Middle notes', { arxiv: undefined }),
      topic: 'Attention',
    });
    render(<App services={services} />);
    await waitFor(() => expect(links()).toEqual(['Zeta scaling', 'alpha kernels', 'Middle notes']));
    const sort = screen.getByLabelText('Sort by') as HTMLSelectElement;
    expect(sort.value).toBe('added');

    fireEvent.change(sort, { target: { value: 'published' } });
    await waitFor(() => expect(links()).toEqual(['alpha kernels', 'Zeta scaling', 'Middle notes']));
    fireEvent.change(sort, { target: { value: 'title' } });
    await waitFor(() => expect(links()).toEqual(['alpha kernels', 'Middle notes', 'Zeta scaling']));
    // Search results follow the same order.
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'a' } });
    await waitFor(() => expect(links()).toEqual(['alpha kernels', 'Middle notes', 'Zeta scaling']));
  });

  it('remembers the list, topic and sort shown across visits', async () => {
    const stored = new Map<string, unknown>();
    const rememberedView = {
      load: () => Promise.resolve(stored.get('view')),
      save: (view: unknown) => {
        stored.set('view', structuredClone(view));
        return Promise.resolve();
      },
    };
    const { shelf, services } = await setup({ rememberedView });
    await seedTwoTopics(shelf);
    const games = await importMarkdown(
      shelf,
      '# Games\n\n## Text\n\n- [Zork](https://example.org/zork)\n',
      {},
      { now: 1 },
    );

    const first = render(<App services={services} />);
    await waitFor(() => expect(links()).toEqual(['Sparse attention kernels', 'a/b kernels']));
    fireEvent.click(screen.getByRole('button', { name: /^Quantization/ }));
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'title' } });
    await waitFor(() => expect(stored.get('view')).toMatchObject({ sort: 'title' }));
    const quantization = (await shelf.topics()).find((topic) => topic.path === 'Quantization');
    expect(stored.get('view')).toMatchObject({ topicId: quantization?.id });
    first.unmount();

    // The next visit opens where the last one left off.
    render(<App services={services} />);
    await waitFor(() => expect(links()).toEqual(['Low-bit quantization']));
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('title');
    cleanup();

    // Another list chosen is remembered too; a topic of the other list is not carried over.
    render(<App services={services} />);
    await waitFor(() => expect(links()).toEqual(['Low-bit quantization']));
    fireEvent.change(screen.getByLabelText('List', { exact: true }), {
      target: { value: games.list.id },
    });
    await waitFor(() => expect(links()).toEqual(['Zork']));
    await waitFor(() => expect(stored.get('view')).toMatchObject({ listId: games.list.id }));
    cleanup();
    render(<App services={services} />);
    await waitFor(() => expect(links()).toEqual(['Zork']));
  });

  it('starts from the defaults when the remembered view is stale', async () => {
    const { shelf, services } = await setup({
      rememberedView: {
        load: () => Promise.resolve({ listId: 'gone', topicId: 'gone', sort: 'size' }),
        save: () => Promise.resolve(),
      },
    });
    await seedTwoTopics(shelf);
    render(<App services={services} />);
    await waitFor(() => expect(links()).toEqual(['Sparse attention kernels', 'a/b kernels']));
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('added');
  });
});
