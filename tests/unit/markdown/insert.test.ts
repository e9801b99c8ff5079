/**
 * FORMATS.md §2: saving items into an imported list changes the export only by the new
 * items' lines (plus, for a new topic, its heading and TOC line, and obsidian's
 * time_modified). Expected files in tests/fixtures/markdown were reviewed by eye.
 */
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { expectFixture } from './fixtures';
import {
  addedLines,
  EXPORT_TIME,
  exportShelf,
  INSERT_TOPICS,
  MODEL,
  PAPER,
  REPO,
  readSeed,
  SEED_NAMES,
  save,
  shelfFrom,
} from './helpers';

/** The seed with its time_modified line as the export writes it (that line may change). */
function withExportTime(seed: string, out: string): string {
  const line = /^time_modified: .*$/m.exec(out)?.[0];
  return line ? seed.replace(/^time_modified: .*$/m, line) : seed;
}

const ITEM_MARKS = ['DeepSeek', 'trl', 'Train transformer language models', 'Meta-Llama-3-8B'];

describe.each(SEED_NAMES)('saving into %s', (name) => {
  const base = name.replace(/\.md$/, '');
  it.each(['existing', 'fresh'] as const)(
    'a paper, a repo and a model into the %s topic',
    (which) => {
      const seed = readSeed(name);
      const topic = INSERT_TOPICS[name][which];
      const shelf = shelfFrom(seed);
      save(shelf, topic, PAPER, REPO, MODEL);
      const out = exportShelf(shelf);
      expectFixture(`${base}.${which}.md`, out);

      const added = addedLines(withExportTime(seed, out), out);
      expect(added, 'the seed is still all there, in order').not.toBeNull();
      const heading = topic.split(' / ').pop() ?? '';
      for (const line of added ?? []) {
        if (line.trim() === '') continue;
        const known =
          ITEM_MARKS.some((mark) => line.includes(mark)) ||
          (which === 'fresh' && line.includes(heading));
        expect(known, `unexpected added line: ${line}`).toBe(true);
      }
      for (const mark of ['DeepSeek', 'Meta-Llama-3-8B']) {
        expect(added?.some((line) => line.includes(mark))).toBe(true);
      }
      if (which === 'fresh')
        expect(added?.some((line) => /^#+ /.test(line) && line.endsWith(heading))).toBe(true);

      // What was written reads back as the same works in the same topic.
      const again = importList(out);
      expect(again.topics).toContain(topic);
      const keys = again.entries
        .filter((entry) => entry.topic === topic)
        .map((entry) => entry.capture.key);
      if (name !== 'llm-wiki.md')
        expect(keys).toEqual(expect.arrayContaining([PAPER.key, REPO.key, MODEL.key]));
      // Nothing else moved: exporting the re-imported file unchanged gives it back.
      expect(exportShelf(shelfFrom(out))).toBe(out);
    },
  );

  it('writes the same bytes when nothing was saved', () => {
    const seed = readSeed(name);
    expect(exportShelf(shelfFrom(seed))).toBe(seed);
  });
});

describe('placement rules', () => {
  it('keeps newest-first arXiv order and continues numbering', () => {
    const awesome = shelfFrom(readSeed('awesome-efficient-llm.md'));
    save(awesome, 'Quantization / Papers', PAPER);
    const lines = exportShelf(awesome).split('\n');
    const at = lines.findIndex((line) => line.includes('DeepSeek-V2'));
    expect(lines[at - 1]).toBe('### Papers');

    const papers = shelfFrom(readSeed('llm-info-papers.md'));
    save(papers, 'Papers / Optimization concepts', REPO);
    expect(exportShelf(papers)).toContain(
      '9. [Analytical Characterization and Design Space Exploration for Optimization of CNNs]()\n10. [trl](https://github.com/huggingface/trl)',
    );
  });

  it('adds a TOC line under the parent for a new topic in a document with a TOC', () => {
    const shelf = shelfFrom(readSeed('awesome-efficient-llm.md'));
    save(shelf, 'Quantization / Serving', REPO);
    expect(exportShelf(shelf)).toContain(
      '\t\t- [Other](#other)\n\t\t- [Serving](#serving)\n\t- [Distillation]',
    );
  });

  it('finds the parent TOC line by its nesting when anchors are numbered otherwise', () => {
    const shelf = shelfFrom(readSeed('awesome-efficient-llm.md'));
    save(shelf, 'Efficient Inference / Other / Blogs', REPO);
    save(shelf, 'Agents', MODEL);
    const out = exportShelf(shelf);
    expect(out).toContain(
      '\t\t- [Other](#other-1)\n\t\t\t- [Blogs](#blogs)\n\t- [Mobile](#mobile)',
    );
    expect(out).toContain(
      '\t- [Efficient transformer](#efficient-transformer)\n\t- [Agents](#agents)\n\n## Survey',
    );
    expect(
      out.endsWith(
        'tools.*\n\n## Agents\n- [meta-llama/Meta-Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)',
      ),
    ).toBe(true);
  });

  it('updates obsidian time_modified only when something changed', () => {
    const seed = readSeed('obsidian-transformers-note.md');
    expect(exportShelf(shelfFrom(seed))).toContain('time_modified: 2024-10-01T22:49:57-04:00');
    const shelf = shelfFrom(seed);
    save(shelf, 'Other / Alignment / DPO', REPO);
    expect(EXPORT_TIME.toISOString()).toBe('2025-06-15T12:30:00.000Z');
    expect(exportShelf(shelf)).toContain(
      'time_modified: 2025-06-15T08:30:00-04:00\ntime_created: 2024-09-05T00:15:26-04:00',
    );
  });

  it('leaves the entry of a work saved again into a second topic as it was', () => {
    const seed = readSeed('awesome-efficient-llm.md');
    const shelf = shelfFrom(seed);
    // 2404.19737 is in "Efficient Inference"; this capture spells its authors otherwise and
    // brings a code link: metadata merged into the record does not rewrite the user's entry.
    const known = {
      ...PAPER,
      key: 'arxiv:2404.19737',
      title: 'Better & Faster Large Language Models via Multi-token Prediction',
      arxiv: { id: '2404.19737', version: 1 },
      authors: ['Someone Else'],
    };
    save(shelf, 'Quantization / Papers', known);
    const added = addedLines(seed, exportShelf(shelf));
    expect(added).not.toBeNull();
    expect(added?.filter((line) => line.trim() !== '')).toHaveLength(2);
    expect(added?.[0]).toMatch(/^- \*\*Better & Faster/);
  });

  it('inserts after prose with a blank line and directly under an empty heading', () => {
    const text = '# L\n\n## A\nSome words about A.\n\n## B\n\n## C\n- [c](https://example.com/c)\n';
    const shelf = shelfFrom(text);
    save(shelf, 'A', REPO);
    save(shelf, 'B', MODEL);
    expect(exportShelf(shelf)).toBe(
      '# L\n\n## A\nSome words about A.\n\n- [trl](https://github.com/huggingface/trl)\n\n## B\n- [meta-llama/Meta-Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)\n\n## C\n- [c](https://example.com/c)\n',
    );
  });
});
