/** FORMATS.md §3 and §5: each style's details, and lists written from scratch. */
import { describe, expect, it } from 'vitest';
import { exportList, importList } from '../../../lib/markdown/index';
import type { Item, StyleName } from '../../../lib/types';
import { expectFixture } from './fixtures';
import { exportShelf, MODEL, PAPER, REPO, readSeed, save, shelfFrom } from './helpers';

function asItem(capture: typeof PAPER, extra: Partial<Item> = {}): Item {
  return {
    ...capture,
    note: '',
    status: 'to-read',
    topicIds: [],
    savedAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

const OLD_PAPER = {
  ...PAPER,
  key: 'arxiv:2106.09685',
  url: 'https://arxiv.org/abs/2106.09685',
  title: 'LoRA: Low-Rank Adaptation of Large Language Models',
  authors: ['Edward J. Hu', 'Yelong Shen'],
  arxiv: { id: '2106.09685', version: 2 },
  codeUrls: [],
};

describe('styles', () => {
  it('awesome: a section writing authors as three, "...", two keeps doing so', () => {
    const text =
      '# L\n\n## A\n- **Old**, `arXiv, 2301.00001`, [arxiv](http://arxiv.org/abs/2301.00001v1), [pdf](http://arxiv.org/pdf/2301.00001v1.pdf), cication: [**-1**](None)\n\n\t *A One, B Two, C Three, ..., Y Four, Z Five*\n';
    const shelf = shelfFrom(text);
    save(shelf, 'A', PAPER);
    expect(exportShelf(shelf)).toContain(
      '\t *DeepSeek-AI, Aixin Liu, Bei Feng, ..., Daya Guo, Dejian Yang* · ([DeepSeek-V2](https://github.com/deepseek-ai/DeepSeek-V2) - deepseek-ai)',
    );
  });

  it('awesome: uses the separator the document uses, `·` in a new list', () => {
    const shelf = shelfFrom(readSeed('awesome-efficient-llm.md'));
    save(shelf, 'Survey', PAPER);
    expect(exportShelf(shelf)).toContain('Damai Dai* ¬∑ ([DeepSeek-V2]');
    const fresh = exportList({
      list: { name: 'L', style: 'awesome' },
      topics: [{ path: 'A', items: [asItem(PAPER)] }],
    });
    expect(fresh).toContain('Damai Dai* · ([DeepSeek-V2]');
  });

  it('awesome: newest-first arXiv order from scratch, notes as code spans', () => {
    const text = exportList({
      list: { name: 'L', style: 'awesome' },
      topics: [{ path: 'A', items: [asItem(OLD_PAPER, { note: 'uses `B = A`' }), asItem(PAPER)] }],
    });
    expect(text.indexOf('2405.04434')).toBeLessThan(text.indexOf('2106.09685'));
    expect(text).toContain('\n\t- `` uses `B = A` ``\n');
    expect(
      importList(text).entries.find((entry) => entry.capture.key === OLD_PAPER.key)?.note,
    ).toBe('uses `B = A`');
  });

  it('obsidian: sections with checkboxes get them, marked read as [x]', () => {
    const shelf = shelfFrom(readSeed('obsidian-transformers-note.md'));
    save(shelf, 'Transformers and LLMs (Large Language Models) and / Components / RoPE', MODEL);
    expect(exportShelf(shelf)).toContain(
      '- [ ] [Rotary Embeddings: A Relative Revolution | EleutherAI Blog](https://blog.eleuther.ai/rotary-embeddings/)\n- [ ] [meta-llama/Meta-Llama-3-8B · Hugging Face](https://huggingface.co/meta-llama/Meta-Llama-3-8B)\n',
    );
    const read = exportList({
      list: { name: 'L', style: 'obsidian' },
      topics: [{ path: 'A', items: [asItem(REPO, { status: 'read' })] }],
    });
    expect(read).toContain(
      '- [x] [GitHub - huggingface/trl: Train transformer language models with reinforcement learning.](https://github.com/huggingface/trl)',
    );
  });

  it('numbered: a paper links its abs page, code links follow, a new list starts at 1', () => {
    const text = exportList({
      list: { name: 'L', style: 'numbered' },
      topics: [
        {
          path: 'A',
          items: [
            asItem({ ...PAPER, url: 'https://arxiv.org/pdf/2405.04434v2' }, { note: 'MoE' }),
            asItem(REPO),
          ],
        },
      ],
    });
    expect(text).toBe(
      '# L\n\n## A\n\n1. [DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model](https://arxiv.org/abs/2405.04434) ([github](https://github.com/deepseek-ai/DeepSeek-V2)) - MoE\n2. [trl](https://github.com/huggingface/trl): Train transformer language models with reinforcement learning.\n',
    );
  });

  it('numbered: a repository is named by its name, as the seed writes it', () => {
    const captured = asItem({ ...REPO, title: 'huggingface/trl' });
    const text = exportList({
      list: { name: 'L', style: 'numbered' },
      topics: [{ path: '', items: [captured] }],
    });
    expect(text).toContain(
      '1. [trl](https://github.com/huggingface/trl): Train transformer language models with reinforcement learning.\n',
    );
  });

  it('numbered: a setting may link papers to their PDF', () => {
    const text = exportList(
      {
        list: { name: 'L', style: 'numbered' },
        topics: [{ path: '', items: [asItem(OLD_PAPER)] }],
      },
      { paperUrl: 'pdf' },
    );
    expect(text).toContain(
      '1. [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/pdf/2106.09685)\n',
    );
    expect(importList(text).entries[0]?.capture.key).toBe(OLD_PAPER.key);
  });

  it('names a work known only by its title (a wiki entry) in any style', () => {
    const wikiItem = importList('- "Attention is all you need" - classic').entries[0];
    if (!wikiItem) throw new Error('no wiki entry');
    const item = asItem(wikiItem.capture, { note: 'classic' });
    for (const style of ['awesome', 'plain', 'obsidian'] as StyleName[]) {
      const text = exportList({
        list: { name: 'L', style },
        topics: [{ path: '', items: [item] }],
      });
      expect(text).toContain('\n- "Attention is all you need" - classic\n');
      expect(importList(text).entries[0]?.capture.key).toBe(wikiItem.capture.key);
    }
  });

  it('a save into a wiki section that holds only its contents keeps its link, below them', () => {
    // The Overview links to the wiki's own README (`https://github.com/krai/LLM_Wiki#x`): its
    // table of contents, not entries; the new entry starts a list of its own under it.
    const shelf = shelfFrom(readSeed('llm-wiki.md'));
    save(shelf, 'Overview', MODEL);
    const out = exportShelf(shelf);
    expect(out).toContain(
      '- [Papers](https://github.com/krai/LLM_Wiki#paper)\n\n- [meta-llama/Meta-Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)\n',
    );
    // Read back as an entry, though Markdown counts it in the contents' list.
    const again = importList(out).entries.filter((entry) => entry.topic === 'Overview');
    expect(again.map((entry) => entry.capture.url)).toEqual([MODEL.url]);
  });

  it('writes new lines with the document line ending', () => {
    const text = '# L\r\n\r\n## A\r\n- [a](https://e.com/a)\r\n';
    const shelf = shelfFrom(text);
    save(shelf, 'A', REPO);
    save(shelf, 'B', MODEL);
    expect(exportShelf(shelf)).toBe(
      '# L\r\n\r\n## A\r\n- [a](https://e.com/a)\r\n- [trl](https://github.com/huggingface/trl)\r\n\r\n## B\r\n- [meta-llama/Meta-Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)\r\n',
    );
  });
});

describe('from scratch', () => {
  const topics = [
    { path: '', items: [asItem(MODEL)] },
    {
      path: 'Quantization / 2024',
      items: [asItem(OLD_PAPER, { note: 'read twice' }), asItem(PAPER)],
    },
    { path: 'Quantization', items: [asItem(REPO, { note: 'the trainer' })] },
    { path: 'Empty', items: [] },
  ];
  it.each(['awesome', 'numbered', 'wiki', 'obsidian', 'plain'] as StyleName[])(
    '%s: deterministic, reviewed',
    (style) => {
      const text = exportList({ list: { name: 'My reading list', style }, topics });
      expect(exportList({ list: { name: 'My reading list', style }, topics })).toBe(text);
      expectFixture(`scratch.${style}.md`, text);
      const imported = importList(text);
      expect(imported.title).toBe('My reading list');
      expect(imported.topics).toEqual(['Quantization', 'Quantization / 2024', 'Empty']);
    },
  );
});
