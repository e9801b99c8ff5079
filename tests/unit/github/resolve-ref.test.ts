/**
 * A pasted file address whose branch holds slashes: the repository says where the branch
 * ends (matching-refs), longest split first; a tag, a commit or a missing branch gets a
 * sentence, and nothing is read.
 */
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../lib/github/client';
import { resolveFileRef } from '../../../lib/github/resolve-ref';
import { FakeGitHub } from '../../fakes/github-api';

function setup() {
  const fake = new FakeGitHub();
  fake.addRepo('ana/papers', { 'README.md': '# A\n', 'x/lists/a.md': '# on feature\n' });
  fake.setFile('ana/papers', 'lists/a.md', '# on feature/x\n', 'feature/x');
  fake.setFile('ana/papers', 'README.md', '# on feature-y\n', 'feature-y');
  const client = createClient({ fetch: fake.fetch, sleep: async () => {} });
  return { fake, client };
}

describe('resolveFileRef', () => {
  it('finds a branch with slashes in a blob, raw or short address', async () => {
    const { client, fake } = setup();
    const want = { owner: 'ana', repo: 'papers', branch: 'feature/x', path: 'lists/a.md' };
    expect(
      await resolveFileRef(client, 'https://github.com/ana/papers/blob/feature/x/lists/a.md'),
    ).toEqual(want);
    expect(
      await resolveFileRef(
        client,
        'https://raw.githubusercontent.com/ana/papers/feature/x/lists/a.md',
      ),
    ).toEqual(want);
    expect(await resolveFileRef(client, 'ana/papers/feature/x/lists/a.md')).toEqual(want);
    expect(fake.log.at(-1)?.path).toBe('/repos/ana/papers/git/matching-refs/heads/feature');
  });

  it('takes the shorter split when that is the branch there is', async () => {
    const fake = new FakeGitHub();
    fake.addRepo('ana/papers', { 'x/lists/a.md': '# A\n' }, { branch: 'feature' });
    const client = createClient({ fetch: fake.fetch, sleep: async () => {} });
    expect(
      await resolveFileRef(client, 'https://github.com/ana/papers/blob/feature/x/lists/a.md'),
    ).toEqual({ owner: 'ana', repo: 'papers', branch: 'feature', path: 'x/lists/a.md' });
  });

  it('a plain branch still resolves, with one request', async () => {
    const { client, fake } = setup();
    const before = fake.log.length;
    expect(
      await resolveFileRef(client, 'https://github.com/ana/papers/blob/main/README.md'),
    ).toEqual({ owner: 'ana', repo: 'papers', branch: 'main', path: 'README.md' });
    expect(fake.log.length - before).toBe(1);
  });

  it('names the branches that were close when none matches (a tag, a typo)', async () => {
    const { client } = setup();
    await expect(
      resolveFileRef(client, 'https://github.com/ana/papers/blob/feature/README.md'),
    ).rejects.toThrow(
      'No branch of ana/papers begins the address "feature/README.md": the branches starting with "feature" are feature-y, feature/x.',
    );
    await expect(
      resolveFileRef(client, 'https://github.com/ana/papers/blob/v1.0/README.md'),
    ).rejects.toThrow('The branch "v1.0" does not exist in ana/papers.');
  });

  it('a missing repository is named as such; a bad address asks nothing', async () => {
    const { client, fake } = setup();
    await expect(
      resolveFileRef(client, 'https://github.com/ana/nothing/blob/feature/x/a.md'),
    ).rejects.toThrow('The repository ana/nothing does not exist or is private');
    const before = fake.log.length;
    await expect(
      resolveFileRef(client, 'https://gitlab.com/ana/papers/blob/main/README.md'),
    ).rejects.toThrow('gitlab.com is not GitHub');
    expect(fake.log.length).toBe(before);
  });
});
