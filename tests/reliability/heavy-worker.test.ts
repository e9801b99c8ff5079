/**
 * Issue 12.5: reading imports and backups and writing exports run in a Worker, off the
 * thread every extension page shares. These drive the two ends of that channel over a real
 * MessageChannel: results and errors cross intact, unknown operations are refused, and what
 * the Worker reads is what the page then applies in one transaction.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Port, serveHeavyWork, workerHeavyWork } from '../../lib/heavy/worker';
import { heavyWork } from '../../lib/heavy/work';
import { importReadMarkdown } from '../../lib/store/markdown-list-import';
import { CollectionStore } from '../../lib/store/collection-store';
import { backupDocument } from '../../lib/store/backup-io';

let counter = 0;
const channels: MessageChannel[] = [];

function connect() {
  const channel = new MessageChannel();
  channels.push(channel);
  serveHeavyWork(channel.port1 as unknown as Port, heavyWork);
  const page = workerHeavyWork(channel.port2 as unknown as Parameters<typeof workerHeavyWork>[0]);
  channel.port1.start();
  channel.port2.start();
  return { page, port: channel.port2 };
}

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

describe('the heavy-work channel', () => {
  it('reads a Markdown file there and the page files it; backups cross both ways', async () => {
    const { page } = connect();
    const store = await CollectionStore.open({ name: `heavy-${++counter}` });
    try {
      const bytes = new TextEncoder().encode(
        '# Reading\n\n## LLM\n\n- [Attention](https://arxiv.org/abs/1706.03762)\n',
      );
      const read = await page.readMarkdown(bytes);
      expect(read.imported.entries).toHaveLength(1);
      const result = await importReadMarkdown(store, read, { fileName: 'README.md' }, { now: 1 });
      expect(result).toMatchObject({ created: 1, merged: 0 });
      expect((await store.getItem('arxiv:1706.03762'))?.title).toBe('Attention');
      const text = await page.writeBackup(await backupDocument(store, 2));
      expect(JSON.parse(text).items).toHaveLength(1);
      expect((await page.readBackup(text)).items[0]?.key).toBe('arxiv:1706.03762');
    } finally {
      store.close();
    }
  });

  it('exports a list as Markdown', async () => {
    const { page } = connect();
    const text = await page.exportList({ list: { name: 'L', style: 'plain' }, topics: [] });
    expect(text).toBe('# L\n');
  });

  it('passes an error back with its name and message (the line included)', async () => {
    const { page } = connect();
    const error = await page.readMarkdown('a\0b').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'MarkdownImportError' });
    expect((error as Error).message).toMatch(/^line 1: the file is binary/);
    const broken = await page.readBackup('{\n "a": 1\n "b": 2\n}').catch((e: unknown) => e);
    expect(broken).toMatchObject({ name: 'BackupError' });
  });

  it('refuses operations it does not have, `constructor` included', async () => {
    const { port } = connect();
    const answer = new Promise((resolve) =>
      port.addEventListener('message', (event) => resolve(event.data)),
    );
    port.postMessage({ id: 99, op: 'constructor', args: [] });
    await expect(answer).resolves.toMatchObject({ id: 99, ok: false });
  });
});
