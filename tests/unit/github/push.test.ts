import { describe, expect, it } from 'vitest';
import { fileCapture } from '../../../lib/collection/file';
import { createClient } from '../../../lib/github/client';
import { readRemoteFile, writeRemoteFile } from '../../../lib/github/contents';
import { GitHubError } from '../../../lib/github/errors';
import { openPullRequest } from '../../../lib/github/pull-request';
import { isStaleSha, pushList } from '../../../lib/github/push';
import { FileQueue } from '../../../lib/github/queue';
import { afterPush } from '../../../lib/github/sync';
import { connected, LIST, paper, REF, type Setup, tick } from './helpers';

const REPO = `${REF.owner}/${REF.repo}`;
const NEW_LINE = '- [AWQ: Activation-aware Weight Quantization](https://arxiv.org/abs/2306.00978)';
const now = () => new Date('2026-01-01T00:00:00Z');

/** What each push and pull request below is given: the session's client, collection, list. */
const target = (s: Setup) => ({ client: s.client, collection: s.collection, list: s.list, now });

/** The one new entry most cases push: AWQ under Quantization. */
const saveAwq = (s: Setup) =>
  s.save(paper('2306.00978', 'AWQ: Activation-aware Weight Quantization'), 'Quantization');

describe('push: commit the list to its file', () => {
  it('writes the base plus exactly the new entry, with a message that says so', async () => {
    const s = await connected();
    saveAwq(s);
    const result = await pushList({
      ...target(s),
    });
    expect(result.status).toBe('committed');
    const expected = LIST.replace('4-bit weights.\n', `4-bit weights.\n${NEW_LINE}\n`);
    expect(s.fake.file(REPO, REF.path)).toBe(expected);
    expect(result.plan.message).toBe('Add 1 paper to Quantization');
    expect(result.plan.diff.filter((line) => line.type !== 'same')).toEqual([
      { type: 'added', text: NEW_LINE, newLine: 6 },
    ]);
  });

  it('re-applies onto a file someone else changed meanwhile, keeping their lines', async () => {
    const s = await connected();
    saveAwq(s);
    const theirs = LIST.replace(
      '- [SparseGPT](https://arxiv.org/abs/2301.00774)\n',
      '- [SparseGPT](https://arxiv.org/abs/2301.00774)\n- [Wanda](https://arxiv.org/abs/2306.11695) - by a co-maintainer\n',
    ).replace('## Pruning', 'Some prose a co-maintainer wrote.\n\n## Pruning');
    s.fake.setFile(REPO, REF.path, theirs);
    const result = await pushList({
      ...target(s),
    });
    expect(result.status).toBe('committed');
    expect(s.fake.file(REPO, REF.path)).toBe(
      theirs.replace('4-bit weights.\n', `4-bit weights.\n${NEW_LINE}\n`),
    );
  });

  it('keeps CRLF line ends and a missing final newline', async () => {
    const crlf = LIST.trimEnd().replaceAll('\n', '\r\n');
    const s = await connected(crlf);
    s.save(paper('2306.00978', 'AWQ: Activation-aware Weight Quantization'), 'Pruning');
    await pushList({ client: s.client, collection: s.collection, list: s.list, now });
    expect(s.fake.file(REPO, REF.path)).toBe(`${crlf}\r\n${NEW_LINE}`);
  });

  it('a 409 at write time: reads again, re-applies, retries', async () => {
    const s = await connected();
    saveAwq(s);
    let raced = 0;
    const sleeps: number[] = [];
    s.fake.beforeWrite = () => {
      if (raced++ === 0) s.fake.setFile(REPO, REF.path, `${LIST}\n## Distillation\n`);
    };
    const result = await pushList({
      ...target(s),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
    });
    expect(result.status).toBe('committed');
    expect(raced).toBe(2);
    expect(sleeps).toEqual([250]);
    const text = s.fake.file(REPO, REF.path) ?? '';
    expect(text).toContain('## Distillation');
    expect(text).toContain(NEW_LINE);
  });

  it('gives up after a bounded number of 409s, with a sentence and nothing lost', async () => {
    const s = await connected();
    s.save(paper('2306.00978', 'AWQ'), 'Quantization');
    let n = 0;
    s.fake.beforeWrite = () => s.fake.setFile(REPO, REF.path, `${LIST}\n<!-- ${n++} -->\n`);
    await expect(
      pushList({
        ...target(s),
        sleep: async () => {},
        attempts: 3,
      }),
    ).rejects.toThrow(/kept changing on GitHub .*3 tries.*nothing was lost/);
    expect(n).toBe(3);
  });

  it('names, item by item, what can no longer be applied; commits nothing', async () => {
    const s = await connected();
    s.save(paper('2306.00978', 'AWQ'), 'Pruning');
    s.save(paper('2306.11695', 'Wanda'), 'Pruning');
    s.save(paper('2402.00001', 'Kept'), 'Quantization');
    const theirs = LIST.slice(0, LIST.indexOf('## Pruning'));
    s.fake.setFile(REPO, REF.path, theirs);
    const result = await pushList({
      ...target(s),
    });
    expect(result.status).toBe('conflicts');
    expect(result.plan.conflicts.map((c) => c.message)).toEqual([
      '"AWQ" was added to "Pruning" here, but that section was deleted in the file on GitHub.',
      '"Wanda" was added to "Pruning" here, but that section was deleted in the file on GitHub.',
    ]);
    expect(s.fake.file(REPO, REF.path)).toBe(theirs);
  });

  it('an update without the sha is refused with 422, which counts as a stale read', async () => {
    const s = await connected();
    const error = await writeRemoteFile(s.client, REF, '# x\n', undefined, 'm').catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'invalid', status: 422 });
    expect(isStaleSha(error)).toBe(true);
    expect(s.fake.file(REPO, REF.path)).toBe(LIST);
  });

  it('with nothing new, writes nothing', async () => {
    const s = await connected();
    const result = await pushList({
      ...target(s),
    });
    expect(result.status).toBe('nothing-new');
    expect(s.fake.log.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('after a push the base is what was pushed: the next plan holds only newer entries', async () => {
    const s = await connected();
    s.save(paper('2306.00978', 'AWQ'), 'Quantization');
    const first = await pushList({ client: s.client, collection: s.collection, list: s.list, now });
    if (first.status !== 'committed') throw new Error(first.status);
    s.list = afterPush(s.collection, s.list, REF, { text: first.text, sha: first.sha }, tick());
    expect(s.list.github?.baseText).toBe(first.text);
    expect(s.list.github?.baseSha).toBe(first.sha);
    s.save(paper('2306.11695', 'Wanda'), 'Pruning');
    const second = await pushList({
      ...target(s),
    });
    expect(second.plan.message).toBe('Add 1 paper to Pruning');
    expect(second.plan.diff.filter((line) => line.type !== 'same').map((l) => l.text)).toEqual([
      '- [Wanda](https://arxiv.org/abs/2306.11695)',
    ]);
  });

  it('re-applies edits, removals, moves and a renamed topic', async () => {
    const s = await connected();
    const gptq = s.collection.items.find((item) => item.key === 'arxiv:2210.17323');
    if (!gptq) throw new Error('no GPTQ');
    const topics = s.collection.topics.filter((t) => t.listId === s.list.id);
    const quant = topics.find((t) => t.path === 'Quantization');
    const pruning = topics.find((t) => t.path === 'Pruning');
    if (!quant || !pruning) throw new Error('topics');
    gptq.note = 'Now 3-bit too.';
    gptq.editedAt = tick();
    // SparseGPT moves from Pruning to Quantization; Pruning is renamed Sparsity.
    fileCapture(
      s.collection,
      {
        capture: paper('2301.00774', 'SparseGPT'),
        listId: s.list.id,
        topics: ['Quantization'],
        replaceTopics: true,
      },
      tick(),
    );
    pruning.path = 'Sparsity';
    // (The emptied section keeps its blank lines: the engine removes entry lines only.)
    s.fake.setFile(
      REPO,
      REF.path,
      `${LIST}\n## Distillation\n\n- [MiniLLM](https://arxiv.org/abs/2306.08543)\n`,
    );
    const result = await pushList({
      ...target(s),
    });
    expect(result.status).toBe('committed');
    expect(s.fake.file(REPO, REF.path)).toBe(`# Efficient LLM

## Quantization

- [GPTQ: Accurate Post-Training Quantization](https://arxiv.org/abs/2210.17323) - Now 3-bit too.
- [SparseGPT](https://arxiv.org/abs/2301.00774)

## Sparsity


## Distillation

- [MiniLLM](https://arxiv.org/abs/2306.08543)
`);
    expect(result.plan.message).toBe(
      'Move 1 paper to Quantization; update 1 entry; rename Pruning to Sparsity',
    );
  });

  it('a protected branch refuses the commit with one sentence offering a pull request', async () => {
    const s = await connected();
    s.fake.addRepo('ana/locked', { 'README.md': LIST }, { protectedBranches: ['main'] });
    s.list = {
      ...s.list,
      github: { ...(s.list.github as NonNullable<typeof s.list.github>), repo: 'locked' },
    };
    s.save(paper('2306.00978', 'AWQ'), 'Quantization');
    await expect(
      pushList({ client: s.client, collection: s.collection, list: s.list, now }),
    ).rejects.toMatchObject({
      kind: 'protected',
      message: expect.stringMatching(/open a pull request instead/),
    });
  });

  it('without write access: a 403 that offers the fork-and-pull-request path', async () => {
    const s = await connected(LIST, { owner: 'tok-bo' });
    s.save(paper('2306.00978', 'AWQ'), 'Quantization');
    const error = await pushList({
      ...target(s),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(s.fake.file(REPO, REF.path)).toBe(LIST);
  });
});

describe('pull request mode', () => {
  it('with write access: a paper-shelf/ branch, the commit on it, a pull request', async () => {
    const s = await connected();
    saveAwq(s);
    const result = await openPullRequest({
      ...target(s),
    });
    if (result.status !== 'opened') throw new Error(result.status);
    expect(result.branch).toBe('paper-shelf/efficient-llm');
    expect(result.forked).toBe(false);
    expect(result.url).toBe('https://github.com/ana/papers/pull/1');
    expect(s.fake.file(REPO, REF.path)).toBe(LIST); // the base branch is untouched
    expect(s.fake.file(REPO, REF.path, result.branch)).toContain(NEW_LINE);
    expect(s.fake.pulls(REPO)[0]).toMatchObject({
      head: 'paper-shelf/efficient-llm',
      base: 'main',
      title: 'Add 1 paper to Quantization',
    });
    // A second one takes the next branch name.
    const again = await openPullRequest({
      ...target(s),
    });
    expect(again.status === 'opened' && again.branch).toBe('paper-shelf/efficient-llm-2');
  });

  it('without write access: forks, commits on the fork, opens the pull request from it', async () => {
    const s = await connected(LIST, { owner: 'tok-bo' });
    saveAwq(s);
    const result = await openPullRequest({
      ...target(s),
    });
    if (result.status !== 'opened') throw new Error(result.status);
    expect(result).toMatchObject({ forked: true, headRepo: 'bo/papers' });
    expect(s.fake.file('bo/papers', REF.path, result.branch)).toContain(NEW_LINE);
    expect(s.fake.file(REPO, REF.path)).toBe(LIST);
    expect(s.fake.pulls(REPO)[0]?.head).toBe('bo:paper-shelf/efficient-llm');
  });
});

describe('writes to one file go one at a time', () => {
  it('a second push waits for the first and reads the sha it wrote', async () => {
    const s = await connected();
    const queue = new FileQueue();
    s.save(paper('2306.00978', 'AWQ'), 'Quantization');
    const order: string[] = [];
    const push = (label: string) =>
      queue.run('ana/papers@main:readme.md', async () => {
        order.push(`start ${label}`);
        const result = await pushList({
          ...target(s),
        });
        order.push(`end ${label}`);
        return result;
      });
    const [a, b] = await Promise.all([push('a'), push('b')]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(a.status).toBe('committed');
    // The second re-applies onto the first's commit: the entry is there already.
    expect(b.status).toBe('nothing-new');
    expect(s.fake.log.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('reading with a client that has no token works for public repositories', async () => {
    const s = await connected();
    const anonymous = createClient({ fetch: s.fake.fetch });
    expect((await readRemoteFile(anonymous, REF)).text).toBe(LIST);
  });
});
