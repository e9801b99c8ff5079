/** `.bib` in: entries become captures by the identity rules; a bad entry stops the file. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fileBibtexEntries } from '../../../lib/bibtex/apply';
import { bibliography } from '../../../lib/bibtex/bibliography';
import { importBibtex } from '../../../lib/bibtex/import';
import { BibtexReadError } from '../../../lib/bibtex/read';
import { emptyCollection } from '../../../lib/collection/collection';
import { fileCapture } from '../../../lib/collection/file';
import { createList } from '../../../lib/collection/lists';

const refs = readFileSync(new URL('../../fixtures/bibtex/refs.bib', import.meta.url), 'utf8');

function readError(text: string): BibtexReadError {
  try {
    importBibtex(text);
  } catch (error) {
    if (error instanceof BibtexReadError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('importBibtex', () => {
  test('arXiv eprint, DOI, URL and bare entries each become one record', () => {
    const entries = importBibtex(refs);
    expect(entries.map((entry) => [entry.capture.key, entry.citeKey, entry.line])).toEqual([
      [
        'url:https://www.semanticscholar.org/search?q=Attention%20is%20all%20you%20need',
        'vaswani2017attention',
        4,
      ],
      ['arxiv:1810.04805', 'DBLP:journals/corr/abs-1810-04805', 13],
      ['doi:10.1038/nature14539', 'lecun2015deep', 27],
      ['github:huggingface/transformers', 'wolf2020transformers', 39],
      ['url:https://example.org/goedel', 'goedel1931', 46],
    ]);
    const [attention, bert, nature, repo, page] = entries.map((entry) => entry.capture);
    expect(attention).toMatchObject({
      kind: 'paper',
      authors: expect.arrayContaining(['Łukasz Kaiser', 'Aidan N Gomez']),
      venue: { name: 'Advances in Neural Information Processing Systems', type: 'conference' },
    });
    expect(bert).toMatchObject({
      title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
      arxiv: { id: '1810.04805' },
    });
    expect(nature).toMatchObject({
      doi: '10.1038/nature14539',
      published: '2015',
      venue: { name: 'Nature', type: 'journal', volume: '521', issue: '7553', pages: '436-444' },
    });
    expect(repo).toMatchObject({
      kind: 'repo',
      repo: { owner: 'huggingface', name: 'transformers' },
    });
    expect(page).toMatchObject({
      title: 'Über formal unentscheidbare Sätze',
      authors: ['Kurt Gödel'],
    });
  });

  test('a malformed entry stops the import, named with its line', () => {
    const error = readError(
      `${refs}\n@article{broken,\n  title = {Unclosed {brace,\n  year = 2020\n}\n`,
    );
    expect(error.key).toBe('broken');
    expect(error.line).toBe(refs.split('\n').length + 1);
    expect(error.message).toContain(`entry "broken" (line ${error.line})`);
  });

  test('an entry with nothing to file it by, and a file with no entry', () => {
    expect(readError('@misc{nothing, year={2020}}').message).toContain('entry "nothing" (line 1)');
    expect(readError('just some text').message).toBe('no BibTeX entry found');
  });

  test('filed under a topic; own keys kept unless another item holds them; re-export keeps them', () => {
    const collection = emptyCollection();
    const list = createList(collection, { name: 'Refs' }, 0);
    fileCapture(
      collection,
      {
        capture: {
          key: 'url:https://other.org',
          kind: 'page',
          url: 'https://other.org',
          title: 'x',
        },
        listId: list.id,
      },
      0,
    );
    (collection.items[0] as { citeKey?: string }).citeKey = 'lecun2015deep';
    const result = fileBibtexEntries(
      collection,
      importBibtex(refs),
      { listId: list.id, topic: 'Imported / Refs' },
      1,
    );
    expect(result).toEqual({ created: 5, merged: 0 });
    const topic = collection.topics.find((t) => t.path === 'Imported / Refs');
    const imported = collection.items.filter((i) => topic && i.topicIds.includes(topic.id));
    expect(imported.map((i) => i.citeKey)).toEqual([
      'vaswani2017attention',
      'DBLP:journals/corr/abs-1810-04805',
      undefined,
      'wolf2020transformers',
      'goedel1931',
    ]);
    const again = importBibtex(bibliography(imported, collection.items).text);
    expect(again.map((entry) => entry.capture.key)).toEqual(imported.map((i) => i.key));
    expect(again[2]?.citeKey).toBe('lecun2015deepa');
  });
});
