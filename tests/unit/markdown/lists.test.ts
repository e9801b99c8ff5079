/**
 * FORMATS.md §6 on the twenty real lists of ../shared/lists: each comes back byte for byte;
 * a paper, a repository and a model saved into its busiest topic and into a new sub-topic
 * change only the new lines, which are compared with reviewed files in tests/fixtures/lists
 * (the added lines only: the lists themselves are up to 417 KB).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { busiestTopic, LIST_NAMES, readList, SAVED } from './lists-helpers';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/lists');

function expectAdded(name: string, lines: string[]): void {
  const file = resolve(FIXTURES, name);
  const text = `${lines.join('\n')}\n`;
  if (process.env.UPDATE_FIXTURES) {
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing ${name}: UPDATE_FIXTURES=1, then review it`);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe.each(LIST_NAMES)('%s', (name) => {
  const base = name.replace(/\.md$/, '');

  it('comes back byte for byte', () => {
    const text = readList(name);
    expect(exportShelf(shelfFrom(text))).toBe(text);
  });

  it.each(['existing', 'fresh'] as const)(
    'takes a paper, a repo and a model into the %s topic',
    (which) => {
      const text = readList(name);
      const busiest = busiestTopic(text);
      const topic =
        which === 'existing'
          ? busiest
          : [busiest, 'Saved by Paper Shelf'].filter(Boolean).join(' / ');
      const shelf = shelfFrom(text);
      save(shelf, topic, ...SAVED);
      const out = exportShelf(shelf);
      const added = addedLines(text, out);
      expect(added, 'the list is still all there, in order').not.toBeNull();
      expectAdded(`${base}.${which}.md`, added ?? []);
      // Every saved work reads back, with its link, in the topic it was saved into.
      const again = importList(out);
      const urls = again.entries
        .filter((entry) => entry.topic === topic)
        .map((entry) => entry.capture.url);
      for (const capture of SAVED) expect(urls).toContain(capture.url);
      expect(exportShelf(shelfFrom(out))).toBe(out);
    },
  );
});
