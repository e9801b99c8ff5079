/**
 * Issue 14 on the library page: the text work of a sync (the push plan, reading the file a
 * pull or a commit brings) runs in the page's Worker. These drive both ends of the heavy-work
 * channel over a real MessageChannel, as tests/reliability/heavy-worker.test.ts does: the plan
 * that crosses is the plan made in place, a push made with it commits the same bytes, and a
 * pull whose files were read there refreshes the list exactly as one read in place.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyCollection } from '../../../lib/collection/collection';
import { fileCapture } from '../../../lib/collection/file';
import { refreshList } from '../../../lib/collection/refresh';
import { readRemoteFile } from '../../../lib/github/contents';
import { planPush } from '../../../lib/github/plan';
import { pushList } from '../../../lib/github/push';
import { loadListCollection, takeRemoteFile } from '../../../lib/github/store';
import { connectList } from '../../../lib/github/sync';
import { type Port, serveHeavyWork, workerHeavyWork } from '../../../lib/heavy/worker';
import { heavyWork } from '../../../lib/heavy/work';
import { importList } from '../../../lib/markdown/index';
import { CollectionStore } from '../../../lib/store/collection-store';
import { connected, LIST, paper, REF, tick } from './helpers';

const channels: MessageChannel[] = [];
const shelves: CollectionStore[] = [];
let count = 0;

function connect() {
  const channel = new MessageChannel();
  channels.push(channel);
  serveHeavyWork(channel.port1 as unknown as Port, heavyWork);
  const page = workerHeavyWork(channel.port2 as unknown as Parameters<typeof workerHeavyWork>[0]);
  channel.port1.start();
  channel.port2.start();
  return page;
}

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
  for (const shelf of shelves.splice(0)) shelf.close();
});

describe('GitHub sync through the heavy-work channel', () => {
  it('plans a push there: the same plan as in place, conflicts and all', async () => {
    const page = connect();
    const s = await connected();
    s.save(paper('2306.00978', 'AWQ'), 'Quantization');
    // Someone deleted Pruning on GitHub and added a paper to Quantization meanwhile.
    s.fake.setFile(
      'ana/papers',
      'README.md',
      LIST.replace(/## Pruning[\s\S]*$/, '').replace(
        '4-bit weights.\n',
        '4-bit weights.\n- [QLoRA](https://arxiv.org/abs/2305.14314)\n',
      ),
    );
    s.save(paper('2401.00001', 'Pruned again'), 'Pruning');
    const remote = await readRemoteFile(s.client, REF);
    const now = new Date(tick());
    const there = await page.planPush(s.collection, s.list, remote, now);
    expect(there).toEqual(planPush(s.collection, s.list, remote, now));
    expect(there.conflicts.map((c) => c.title)).toEqual(['Pruned again']);
  });

  it('commits with the plans made there: the fake holds the remote edit and the new entry', async () => {
    const page = connect();
    const s = await connected();
    s.save(paper('2306.00978', 'AWQ'), 'Quantization');
    const theirs = LIST.replace(
      '## Pruning\n',
      '## Pruning\n\n- [Wanda](https://arxiv.org/abs/2306.11695)\n',
    );
    s.fake.setFile('ana/papers', 'README.md', theirs);
    const result = await pushList({
      client: s.client,
      collection: s.collection,
      list: s.list,
      now: () => new Date(tick()),
      plan: page.planPush,
    });
    expect(result.status).toBe('committed');
    const written = s.fake.file('ana/papers', 'README.md') ?? '';
    expect(written).toContain('- [Wanda](https://arxiv.org/abs/2306.11695)');
    expect(written).toContain('(https://arxiv.org/abs/2306.00978)');
    expect(written.split('\n').length).toBe(theirs.split('\n').length + 1);
  });

  it('pulls with both files read there: the same list as a pull read in place', async () => {
    const page = connect();
    const { client, fake } = await connected();
    const results = [];
    for (const viaWorker of [false, true]) {
      const shelf = await CollectionStore.open({ name: `heavy-sync-${++count}`, now: tick });
      shelves.push(shelf);
      fake.setFile('ana/papers', 'README.md', LIST);
      const first = await readRemoteFile(client, REF);
      const { list } = await takeRemoteFile(shelf, REF, first, { guard: { now: tick() } });
      await shelf.save({ capture: paper('2306.00978', 'AWQ'), listId: list.id, topic: 'Pruning' });
      // GitHub dropped SparseGPT and added Wanda.
      fake.setFile(
        'ana/papers',
        'README.md',
        LIST.replace(
          'SparseGPT](https://arxiv.org/abs/2301.00774)',
          'Wanda](https://arxiv.org/abs/2306.11695)',
        ),
      );
      const file = await readRemoteFile(client, REF);
      const read = viaWorker ? await page.readMarkdown(file.text) : undefined;
      const previous = viaWorker ? await page.readMarkdown(list.source ?? '') : undefined;
      const pulled = await takeRemoteFile(shelf, REF, file, {
        listId: list.id,
        guard: { now: tick() },
        ...(read ? { imported: read.imported } : {}),
        ...(previous ? { previous } : {}),
      });
      expect(pulled).toMatchObject({ created: 1, dropped: 1 });
      const { collection } = await loadListCollection(shelf, list.id);
      results.push(collection.items.map((item) => item.key).sort());
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]).toEqual(['arxiv:2210.17323', 'arxiv:2306.00978', 'arxiv:2306.11695']);
  });
});

describe('refreshList with the list’s file already read', () => {
  // A stand-in read of LIST that also holds AWQ: a refresh that uses it sees AWQ as an entry
  // of the old file that the new one dropped; one that reads LIST itself keeps AWQ filed.
  const withAwq = LIST.replace(
    '4-bit weights.\n',
    '4-bit weights.\n- [AWQ](https://arxiv.org/abs/2306.00978)\n',
  );
  const dropped = (previousSource: string) => {
    const collection = emptyCollection();
    const { list } = connectList(collection, REF, { text: LIST, sha: 'a' }, { now: 1 });
    fileCapture(
      collection,
      { capture: paper('2306.00978', 'AWQ'), listId: list.id, topics: ['Quantization'] },
      2,
    );
    const previous = { source: previousSource, imported: importList(withAwq) };
    return refreshList(collection, list, importList(LIST), LIST, { now: 3, previous }).dropped;
  };

  it('uses it when it is the list’s very source, and reads the source itself when not', () => {
    expect(dropped(LIST)).toBe(1);
    expect(dropped('an older text')).toBe(0);
  });
});
