/**
 * The rulebook's GitHub sync operations on a collection in memory: taking a file links the
 * list and restarts "new since last export"; a pull request is remembered for its own file
 * only; an undo puts the list back as it was.
 */
import { describe, expect, it } from 'vitest';
import { emptyCollection } from '../../../lib/collection/collection';
import { newKeysSince } from '../../../lib/collection/exports';
import { fileCapture } from '../../../lib/collection/file';
import { rememberPullRequest } from '../../../lib/collection/github-sync';
import { applyChanges, type HeldCollection, runInMemory } from '../../../lib/collection/memory';
import { connectList, pullList } from '../../../lib/github/sync';
import { LIST, paper, REF } from './helpers';

let id = 0;
const newId = () => `id-${++id}`;
const PR = { url: 'https://github.com/ana/papers/pull/7', number: 7, branch: 'paper-shelf/x' };

function connected(): HeldCollection {
  const collection: HeldCollection = { ...emptyCollection(), exports: [], settings: {} };
  connectList(collection, REF, { text: LIST, sha: 'sha-1' }, { now: 10, newId });
  return collection;
}

function newKeys(collection: HeldCollection): string[] {
  const list = collection.lists[0];
  if (!list) throw new Error('no list');
  const ids = new Set(collection.topics.filter((t) => t.listId === list.id).map((t) => t.id));
  const record = collection.exports?.find((e) => e.listId === list.id);
  return [...newKeysSince(list, record, collection.items, ids)];
}

describe('GitHub sync operations', () => {
  it('a pull makes the file the base and the baseline of "new since last export"', () => {
    const collection = connected();
    const list = collection.lists[0];
    if (!list) throw new Error('no list');
    fileCapture(collection, { capture: paper('2306.00978', 'AWQ'), listId: list.id }, 11, newId);
    expect(newKeys(collection)).toEqual(['arxiv:2306.00978']);
    const text = `${LIST}- [AWQ](https://arxiv.org/abs/2306.00978)\n`;
    const result = pullList(collection, list, REF, { text, sha: 'sha-2' }, 12, newId);
    expect(result.list.github).toMatchObject({ ...REF, baseText: text, baseSha: 'sha-2' });
    expect(result.list.source).toBe(text);
    expect(newKeys(collection)).toEqual([]);
  });

  it('keeps a pull request for the same file, forgets it for another file', () => {
    const collection = connected();
    const list = collection.lists[0];
    if (!list) throw new Error('no list');
    const context = { now: 20, newId };
    const remembered = runInMemory(collection, rememberPullRequest(list.id, PR), context);
    expect(remembered.result.github?.pullRequest).toEqual(PR);

    const pulled = pullList(collection, list, REF, { text: LIST, sha: 'sha-2' }, 21, newId);
    expect(pulled.list.github?.pullRequest).toEqual(PR);

    const other = { ...REF, path: 'docs/LIST.md' };
    const moved = pullList(collection, list, other, { text: LIST, sha: 'sha-3' }, 22, newId);
    expect(moved.list.github?.pullRequest).toBeUndefined();
    expect(moved.list.github?.path).toBe('docs/LIST.md');

    // The undo of remembering puts the list back without it.
    const again = runInMemory(collection, rememberPullRequest(list.id, PR), context);
    applyChanges(collection, again.undo);
    expect(collection.lists[0]?.github?.pullRequest).toBeUndefined();
  });

  it('refuses a pull request for a list that is not linked, and changes nothing', () => {
    const collection: HeldCollection = { ...emptyCollection(), exports: [], settings: {} };
    const { list } = connectList(collection, REF, { text: LIST, sha: 's' }, { now: 1, newId });
    const { github: _link, ...unlinked } = list;
    collection.lists = [unlinked];
    expect(() =>
      runInMemory(collection, rememberPullRequest(list.id, PR), { now: 2, newId }),
    ).toThrow('not linked to GitHub');
    expect(collection.lists).toEqual([unlinked]);
  });
});
