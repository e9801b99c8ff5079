/**
 * "Copy as Markdown": the lines given for an item are the lines a save followed by an export
 * adds to the list, in each seed's own style, in an existing topic and a new one.
 */
import { describe, expect, it } from 'vitest';
import { listExportInput } from '../../../lib/collection/list-export';
import { addedBlock, entryMarkdown } from '../../../lib/markdown/entry-markdown';
import {
  EXPORT_TIME,
  exportShelf,
  INSERT_TOPICS,
  PAPER,
  REPO,
  readSeed,
  SEED_NAMES,
  save,
  shelfFrom,
} from './helpers';

describe.each(SEED_NAMES)('copy as Markdown from %s', (name) => {
  it.each(['existing', 'fresh'] as const)(
    'matches what saving into the %s topic writes',
    (which) => {
      const topic = INSERT_TOPICS[name][which];
      const shelf = shelfFrom(readSeed(name));
      const input = listExportInput(shelf.collection, shelf.list);
      const before = exportShelf(shelf);

      save(shelf, topic, REPO);
      const saved = shelf.collection.items.find((item) => item.key === REPO.key);
      expect(saved).toBeDefined();
      if (!saved) return;
      const copied = entryMarkdown(input, topic, saved, { now: EXPORT_TIME });

      expect(copied).toContain('trl');
      expect(copied).not.toMatch(/^#/m);
      const written = exportShelf(shelf);
      // Every copied line is in the saved export, where the export added lines.
      const added = addedBlock(before, written).join('\n');
      expect(added).toContain(copied);
    },
  );
});

describe('copy as Markdown of a saved item', () => {
  it('writes the item once, not beside its saved line', () => {
    const topic = INSERT_TOPICS['awesome-efficient-llm.md'].existing;
    const shelf = shelfFrom(readSeed('awesome-efficient-llm.md'));
    save(shelf, topic, PAPER);
    const item = shelf.collection.items.find((candidate) => candidate.key === PAPER.key);
    if (!item) throw new Error('not saved');
    const copied = entryMarkdown(listExportInput(shelf.collection, shelf.list), topic, item, {
      now: EXPORT_TIME,
    });
    expect(copied.split('\n').filter((line) => line.includes('DeepSeek-V2'))).toHaveLength(1);
  });
});

describe('addedBlock', () => {
  it('gives the lines inserted between the common start and end', () => {
    expect(addedBlock('a\nb\nc', 'a\nb\nx\ny\nc')).toEqual(['x', 'y']);
    expect(addedBlock('a\nb', 'a\nb')).toEqual([]);
    expect(addedBlock('a\na', 'a\na\na')).toEqual(['a']);
  });
});
