/**
 * Issue 12.6: large inputs never overflow the stack. A topic of 200,000 items exports (it
 * threw RangeError from `push(...items)`) from scratch, 50,000 go into an imported file; a topic
 * path thousands of parts deep exports; a backup nested 100,000 levels gets a message with
 * its line instead of a bare RangeError.
 */
import { describe, expect, it } from 'vitest';
import { BackupError, parseBackup } from '../../lib/backup';
import { exportList, importList } from '../../lib/markdown/index';
import type { Item, StyleName } from '../../lib/types';

function pages(count: number): Item[] {
  return Array.from({ length: count }, (_, n) => ({
    key: `url:https://example.com/${n}`,
    kind: 'page' as const,
    url: `https://example.com/${n}`,
    title: `Page ${n}`,
    note: '',
    status: 'to-read' as const,
    topicIds: [],
    savedAt: n,
    updatedAt: n,
  }));
}

describe('exporting very large lists', () => {
  const items = pages(200_000);

  it.each<StyleName>(['plain', 'numbered', 'awesome'])(
    'writes a 200,000-item topic from scratch in %s style',
    (style) => {
      const text = exportList({ list: { name: 'Big', style }, topics: [{ path: 'All', items }] });
      expect(text.split('\n').filter((line) => line.includes('example.com/'))).toHaveLength(
        items.length,
      );
    },
  );

  it('inserts 50,000 new items into an imported list', { timeout: 60_000 }, () => {
    const some = items.slice(0, 50_000);
    const source = '# Big\n\n## All\n\n- [Page x](https://example.com/x)\n';
    const text = exportList(
      {
        list: { name: 'Big', style: 'plain', source, importedAt: 0 },
        topics: [{ path: 'All', items: some }],
      },
      { now: new Date(0) },
    );
    // The file's own entry is not in the collection any more: export drops it.
    expect(importList(text).entries).toHaveLength(some.length);
  });

  it('writes a topic nested 2,000 levels deep', () => {
    const path = Array.from({ length: 2_000 }, (_, i) => `T${i}`).join(' / ');
    const text = exportList({
      list: { name: 'Deep', style: 'plain' },
      topics: [{ path, items: pages(1) }],
    });
    expect(text).toContain('[Page 0](https://example.com/0)');
  });
});

describe('backups nested too deep', () => {
  it('names the line instead of overflowing JSON.parse', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = `{\n"format": "paper-shelf-backup",\n"version": 1,\n"items": ${deep}\n}`;
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(/^line 4: the JSON is nested deeper than \d+ levels/);
  });
});
