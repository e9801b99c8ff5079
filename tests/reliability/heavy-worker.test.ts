/**
 * Issue 12.5: imports, backups and exports run in a Worker, off the thread every extension
 * page shares. These drive the two ends of that channel over a real MessageChannel, on a
 * store in fake-indexeddb: results and errors cross intact, unknown operations are refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Port, serveHeavyWork, workerHeavyWork } from '../../lib/heavy/worker';
import { heavyWork } from '../../lib/heavy/work';
import { Shelf } from '../../lib/store/shelf';

let counter = 0;
const channels: MessageChannel[] = [];

async function connect() {
  const shelf = await Shelf.open({ name: `heavy-${++counter}` });
  const channel = new MessageChannel();
  channels.push(channel);
  serveHeavyWork(
    channel.port1 as unknown as Port,
    heavyWork((use) => use(shelf.db)),
  );
  const page = workerHeavyWork(channel.port2 as unknown as Parameters<typeof workerHeavyWork>[0]);
  channel.port1.start();
  channel.port2.start();
  return { shelf, page, port: channel.port2 };
}

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

describe('the heavy-work channel', () => {
  it('imports a Markdown file and writes the backup, through messages', async () => {
    const { shelf, page } = await connect();
    const bytes = new TextEncoder().encode(
      '# Reading\n\n## LLM\n\n- [Attention](https://arxiv.org/abs/1706.03762)\n',
    );
    const result = await page.importMarkdown(bytes, { fileName: 'README.md', now: 1 });
    expect(result).toMatchObject({ created: 1, merged: 0 });
    expect((await shelf.getItem('arxiv:1706.03762'))?.title).toBe('Attention');
    const backup = await page.exportBackup(2);
    expect(JSON.parse(backup).items).toHaveLength(1);
    await expect(page.importBackup(backup)).resolves.toEqual({ lists: 1, items: 1 });
  });

  it('exports a list as Markdown', async () => {
    const { page } = await connect();
    const text = await page.exportList({ list: { name: 'L', style: 'plain' }, topics: [] });
    expect(text).toBe('# L\n');
  });

  it('passes an error back with its name and message (the line included)', async () => {
    const { page } = await connect();
    const error = await page.importMarkdown('a\0b', { now: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'MarkdownImportError' });
    expect((error as Error).message).toMatch(/^line 1: the file is binary/);
  });

  it('refuses operations it does not have, `constructor` included', async () => {
    const { port } = await connect();
    const answer = new Promise((resolve) =>
      port.addEventListener('message', (event) => resolve(event.data)),
    );
    port.postMessage({ id: 99, op: 'constructor', args: [] });
    await expect(answer).resolves.toMatchObject({ id: 99, ok: false });
  });
});
