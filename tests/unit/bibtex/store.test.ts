/** BibTeX from the stored collection: keys stored on first export, imports all or nothing. */
// A real store on an in-memory IndexedDB (this folder is in the plain `unit` project).
import '../setup-idb';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BibtexReadError } from '../../../lib/bibtex/read';
import { citeFromStore } from '../../../lib/store/cite';
import { importBibtexFile } from '../../../lib/store/import-bibtex';
import { CollectionStore } from '../../../lib/store/collection-store';
import { SafetyCopies } from '../../../lib/store/safety';
import { FakeArea } from '../../reliability/fake-area';
import type { Capture } from '../../../lib/types';

const refs = readFileSync(new URL('../../fixtures/bibtex/refs.bib', import.meta.url), 'utf8');
let count = 0;
const open: CollectionStore[] = [];

async function shelf(): Promise<CollectionStore> {
  const s = await CollectionStore.open({
    name: `bibtex-${++count}`,
    now: () => 1_700_000_000_000 + count,
  });
  open.push(s);
  return s;
}

afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const paper = (id: string, title: string): Capture => ({
  key: `arxiv:${id}`,
  kind: 'paper',
  url: `https://arxiv.org/abs/${id}`,
  title,
  authors: ['Ada Smith'],
  arxiv: { id, updated: '2020-01-01' },
});

describe('citeFromStore', () => {
  it('stores a key when first written and keeps it after the title changes', async () => {
    const s = await shelf();
    await s.save({ capture: paper('2001.00001', 'Deep nets'), topic: 'A' });
    await s.save({ capture: paper('2001.00002', 'Deep models'), topic: 'A / B' });
    const first = await citeFromStore(s, { keys: ['arxiv:2001.00002'] });
    // The paper saved first would have the bare key: this one, cited first, still gets `a`.
    expect(first.text).toContain('@misc{smith2020deepa,');
    expect((await s.getItem('arxiv:2001.00002'))?.citeKey).toBe('smith2020deepa');
    const [list] = await s.lists();
    const all = await citeFromStore(s, { list: { listId: list?.id ?? '' } });
    expect(all.count).toBe(2);
    expect(all.text).toContain('@misc{smith2020deepa,');
    // Topic A's paper comes first, as in the list.
    expect(all.text.indexOf('smith2020deep,')).toBeLessThan(all.text.indexOf('deepa'));
    expect((await s.getItem('arxiv:2001.00001'))?.citeKey).toBe('smith2020deep');
    const topicOnly = await citeFromStore(s, {
      list: { listId: list?.id ?? '', topicPath: 'A / B' },
    });
    expect(topicOnly.count).toBe(1);
    await s.save({
      capture: { ...paper('2001.00002', 'Renamed'), arxiv: { id: '2001.00002', version: 9 } },
    });
    const again = await citeFromStore(s, { keys: ['arxiv:2001.00002'] });
    expect(again.text).toContain('@misc{smith2020deepa,');
  });

  it('cites an unsaved capture without storing it', async () => {
    const s = await shelf();
    await s.save({ capture: paper('2001.00001', 'Deep nets') });
    await citeFromStore(s, { keys: ['arxiv:2001.00001'] });
    const unsaved = await citeFromStore(s, { unsaved: paper('2001.00003', 'Deep') });
    expect(unsaved.text).toContain('@misc{smith2020deepa,');
    expect(await s.getItem('arxiv:2001.00003')).toBeUndefined();
  });
});

describe('importBibtexFile', () => {
  it('files every entry under the chosen topic', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1810.04805', 'BERT') });
    const [list] = await s.lists();
    const result = await importBibtexFile(
      s,
      refs,
      {
        listId: list?.id ?? '',
        topic: 'From BibTeX',
      },
      { now: 5 },
    );
    expect(result).toMatchObject({ created: 4, merged: 1 });
    const data = await s.loadLibrary();
    const topic = data.topics.find((t) => t.path === 'From BibTeX');
    expect(data.items.filter((i) => topic && i.topicIds.includes(topic.id))).toHaveLength(5);
    expect((await s.getItem('doi:10.1038/nature14539'))?.citeKey).toBe('lecun2015deep');
  });

  it('changes nothing when one entry is malformed', async () => {
    const s = await shelf();
    await s.save({ capture: paper('2001.00001', 'Deep nets') });
    const [list] = await s.lists();
    const before = await s.loadLibrary();
    await expect(
      importBibtexFile(
        s,
        `${refs}\n@misc{bad, title={x} year={2020}}\n`,
        {
          listId: list?.id ?? '',
          topic: 'X',
        },
        { now: 5 },
      ),
    ).rejects.toBeInstanceOf(BibtexReadError);
    expect(await s.loadLibrary()).toEqual(before);
  });

  it('runs guarded: a safety copy first, and nothing written when space is short', async () => {
    const s = await shelf();
    await s.save({ capture: paper('2001.00001', 'Deep nets') });
    const [list] = await s.lists();
    const safety = new SafetyCopies(new FakeArea());
    await importBibtexFile(s, refs, { listId: list?.id ?? '', topic: 'T' }, { now: 5, safety });
    expect(await safety.latest()).toMatchObject({ reason: 'import' });
    const before = await s.loadLibrary();
    const full = async () => ({ usage: 999_999, quota: 1_000_000 });
    await expect(
      importBibtexFile(
        s,
        refs.replaceAll('2017', '2018'),
        { listId: list?.id ?? '', topic: 'U' },
        { now: 6, estimate: full },
      ),
    ).rejects.toThrow(/Nothing was imported/);
    expect(await s.loadLibrary()).toEqual(before);
  });
});
