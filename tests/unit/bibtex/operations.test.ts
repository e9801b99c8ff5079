/** The BibTeX operations on a collection held in memory, as the CLI runs them. */
import { describe, expect, it } from 'vitest';
import { importBibtex } from '../../../lib/bibtex/import';
import { citeOperation, importBibtexOperation } from '../../../lib/collection/bibtex';
import { emptyCollection } from '../../../lib/collection/collection';
import { runInMemory } from '../../../lib/collection/memory';
import { createList, fileCaptureOperation } from '../../../lib/collection/operations';
import type { Capture } from '../../../lib/types';

let id = 0;
const context = { now: 1_700_000_000_000, newId: () => `id-${++id}` };

const paper = (arxiv: string, title: string): Capture => ({
  key: `arxiv:${arxiv}`,
  kind: 'paper',
  url: `https://arxiv.org/abs/${arxiv}`,
  title,
  authors: ['Ada Smith'],
  arxiv: { id: arxiv, updated: '2020-01-01' },
});

function collection() {
  const held = emptyCollection();
  const list = runInMemory(
    held,
    createList({ name: 'Reading', fileName: 'README.md', style: 'plain' }),
    context,
  ).result;
  for (const capture of [paper('2001.00001', 'Deep nets'), paper('2001.00002', 'Deep models')])
    runInMemory(held, fileCaptureOperation({ capture, listId: list.id, topics: ['A'] }), context);
  return { held, list };
}

describe('citeOperation', () => {
  it('changes only the items whose key is new, and its undo takes the keys back', () => {
    const { held } = collection();
    const first = runInMemory(held, citeOperation({ keys: ['arxiv:2001.00002'] }), context);
    expect(first.changed.items.map((item) => [item.key, item.citeKey])).toEqual([
      ['arxiv:2001.00002', 'smith2020deepa'],
    ]);
    expect(first.undo.items[0]?.citeKey).toBeUndefined();
    const again = runInMemory(held, citeOperation({ keys: ['arxiv:2001.00002'] }), context);
    expect(again.result.text).toBe(first.result.text);
    expect(again.changed.items).toEqual([]);
  });

  it('cites an unsaved capture without adding a record', () => {
    const { held } = collection();
    const outcome = runInMemory(
      held,
      citeOperation({ unsaved: paper('2001.00003', 'Deep') }),
      context,
    );
    expect(outcome.result.count).toBe(1);
    expect(outcome.changed.items).toEqual([]);
    expect(held.items.some((item) => item.key === 'arxiv:2001.00003')).toBe(false);
  });

  it('refuses a list that no longer exists', () => {
    const { held } = collection();
    expect(() => runInMemory(held, citeOperation({ list: { listId: 'gone' } }), context)).toThrow(
      'That list no longer exists.',
    );
  });
});

describe('importBibtexOperation', () => {
  const bib =
    '@article{smith2020deep, title={Deep nets}, eprint={2001.00001}, archivePrefix={arXiv}}\n@misc{other, title={Other}, url={https://other.org/x}}\n';

  it('files the entries under a new topic, merging a work already saved', () => {
    const { held, list } = collection();
    const entries = importBibtex(bib);
    const outcome = runInMemory(
      held,
      importBibtexOperation({ entries, listId: list.id, topic: 'Cited' }),
      context,
    );
    expect(outcome.result).toMatchObject({ created: 1, merged: 1 });
    expect(outcome.changed.topics.map((topic) => topic.path)).toContain('Cited');
    expect(outcome.undo.removeItems).toEqual(['url:https://other.org/x']);
  });

  it('refuses a list that no longer exists and leaves the collection as it was', () => {
    const { held } = collection();
    const before = structuredClone(held);
    const entries = importBibtex(bib);
    expect(() =>
      runInMemory(held, importBibtexOperation({ entries, listId: 'gone', topic: '' }), context),
    ).toThrow('That list no longer exists.');
    expect(held).toEqual(before);
  });
});
