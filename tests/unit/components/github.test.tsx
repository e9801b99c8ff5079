// @vitest-environment jsdom
/**
 * The library's GitHub parts on the page, against the fake GitHub API: a pasted token is
 * checked before it is kept and never shown; Disconnect forgets it; a list imported from a
 * GitHub URL shows where it lives (its branch found even when it holds a slash); a bad URL
 * or a missing branch is one sentence and changes nothing.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubServices, GitHubSettings } from '../../../components/library/github/services';
import type { LibraryServices } from '../../../components/library/services';
import { App } from '../../../entrypoints/options/App';
import { CollectionStore } from '../../../lib/store/collection-store';
import { FakeGitHub } from '../../fakes/github-api';

const LIST = '# Efficient LLM\n\n## Quantization\n\n- [GPTQ](https://arxiv.org/abs/2210.17323)\n';
const TOKEN = 'github_pat_11SECRETSECRET9876';
let count = 0;
const shelves: CollectionStore[] = [];

afterEach(() => {
  cleanup();
  for (const shelf of shelves.splice(0)) shelf.close();
});

async function setup() {
  let clock = Date.UTC(2026, 0, 1);
  const shelf = await CollectionStore.open({ name: `github-ui-${++count}`, now: () => ++clock });
  shelves.push(shelf);
  const fake = new FakeGitHub();
  fake.addToken(TOKEN, 'ana');
  fake.addRepo('ana/papers', { 'README.md': LIST });
  let stored: GitHubSettings = { apiBase: 'https://api.github.com' };
  const github: GitHubServices = {
    fetch: fake.fetch,
    load: async () => stored,
    save: async (settings) => {
      stored = settings;
    },
  };
  const services: LibraryServices = {
    open: () => Promise.resolve(shelf),
    now: () => ++clock,
    download: () => undefined,
    copy: () => Promise.resolve(),
    notifyChanged: () => undefined,
    github,
  };
  return { shelf, services, fake, stored: () => stored };
}

describe('GitHub on the library page', () => {
  it('checks a pasted token, keeps it without showing it, and Disconnect forgets it', async () => {
    const { services, stored } = await setup();
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'GitHub' }));
    const link = screen.getByRole('link', { name: 'Create a token on GitHub' });
    expect(link.getAttribute('href')).toMatch(
      /^https:\/\/github.com\/settings\/personal-access-tokens\/new\?/,
    );

    fireEvent.input(screen.getByLabelText('Fine-grained token'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(
      await screen.findByText(/The token was not kept: GitHub did not accept the token/),
    ).toBeTruthy();
    expect(stored().token).toBeUndefined();

    fireEvent.input(screen.getByLabelText('Fine-grained token'), { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Connected to GitHub as @ana.')).toBeTruthy();
    expect(stored()).toEqual({ apiBase: 'https://api.github.com', token: TOKEN, login: 'ana' });
    expect(document.body.textContent).not.toContain(TOKEN);
    expect(document.body.textContent).toContain('github_pat_…9876');
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(stored()).toEqual({ apiBase: 'https://api.github.com' }));
  });

  it('imports a list from a GitHub URL and shows where it lives; a bad URL changes nothing', async () => {
    const { services, shelf } = await setup();
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'GitHub' }));
    const field = screen.getByLabelText('Import a list from a GitHub file');
    fireEvent.input(field, { target: { value: 'https://github.com/ana/papers/tree/main' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import from GitHub' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining(
        'Nothing was imported, your collection is unchanged: "https://github.com/ana/papers/tree/main" is not a GitHub file: it is a folder.',
      ),
    );
    expect((await shelf.loadLibrary()).lists).toEqual([]);

    fireEvent.input(field, {
      target: { value: 'https://github.com/ana/papers/blob/main/README.md' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import from GitHub' }));
    expect(
      await screen.findByText(/Imported “Efficient LLM” from GitHub: 1 new item\./),
    ).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'ana/papers/README.md' })).toBeTruthy();
    const [list] = (await shelf.loadLibrary()).lists;
    expect(list?.github).toMatchObject({
      owner: 'ana',
      repo: 'papers',
      branch: 'main',
      path: 'README.md',
      baseText: LIST,
    });
  });

  it('imports from a branch with a slash in its name; a branch that is not there is named', async () => {
    const { services, shelf, fake } = await setup();
    fake.setFile('ana/papers', 'lists/llm.md', LIST, 'feature/x');
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'GitHub' }));
    const field = screen.getByLabelText('Import a list from a GitHub file');
    fireEvent.input(field, {
      target: { value: 'https://github.com/ana/papers/blob/feature/README.md' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import from GitHub' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining(
        'No branch of ana/papers begins the address "feature/README.md": the branches starting with "feature" are feature/x.',
      ),
    );
    expect((await shelf.loadLibrary()).lists).toEqual([]);

    fireEvent.input(field, {
      target: { value: 'https://github.com/ana/papers/blob/feature/x/lists/llm.md' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import from GitHub' }));
    expect(await screen.findByText(/Imported “Efficient LLM” from GitHub/)).toBeTruthy();
    const [list] = (await shelf.loadLibrary()).lists;
    expect(list?.github).toMatchObject({ branch: 'feature/x', path: 'lists/llm.md' });
  });
});
