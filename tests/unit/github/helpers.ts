/** Shared by the GitHub sync tests: a list file, a connected collection, captures to save. */
import { type Collection, emptyCollection } from '../../../lib/collection/collection';
import { fileCapture } from '../../../lib/collection/file';
import { createClient } from '../../../lib/github/client';
import { readRemoteFile } from '../../../lib/github/contents';
import { connectList } from '../../../lib/github/sync';
import type { FileRef } from '../../../lib/github/url';
import type { Capture, List } from '../../../lib/types';
import { FakeGitHub } from '../../fakes/github-api';

export const LIST = `# Efficient LLM

## Quantization

- [GPTQ: Accurate Post-Training Quantization](https://arxiv.org/abs/2210.17323) - 4-bit weights.

## Pruning

- [SparseGPT](https://arxiv.org/abs/2301.00774)
`;

export const REF: FileRef = { owner: 'ana', repo: 'papers', branch: 'main', path: 'README.md' };

export function paper(id: string, title: string): Capture {
  return {
    key: `arxiv:${id}`,
    kind: 'paper',
    url: `https://arxiv.org/abs/${id}`,
    title,
    arxiv: { id },
  };
}

export interface Setup {
  fake: FakeGitHub;
  collection: Collection;
  list: List;
  client: ReturnType<typeof createClient>;
  save(capture: Capture, topic: string, now?: number): void;
}

let clock = 1_700_000_000_000;
export const tick = () => (clock += 1000);

export async function connected(
  text = LIST,
  options: { writers?: string[]; owner?: string } = {},
): Promise<Setup> {
  const fake = new FakeGitHub();
  fake.addToken('tok-ana', 'ana');
  fake.addToken('tok-bo', 'bo');
  fake.addRepo(
    `${REF.owner}/${REF.repo}`,
    { [REF.path]: text },
    options.writers ? { writers: options.writers } : {},
  );
  const client = createClient({
    fetch: fake.fetch,
    token: options.owner ?? 'tok-ana',
    sleep: async () => {},
  });
  const collection = emptyCollection();
  const file = await readRemoteFile(client, REF);
  const { list } = connectList(collection, REF, file, { now: tick() });
  const setup: Setup = {
    fake,
    collection,
    list,
    client,
    save(capture, topic, now = tick()) {
      fileCapture(collection, { capture, listId: setup.list.id, topics: [topic] }, now);
    },
  };
  return setup;
}
