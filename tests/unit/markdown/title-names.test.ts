/**
 * A title that reads as an author list (`Sparse & Vision`: two capitalised words and `&`)
 * is still the title where nothing else on the entry's first line could be one. Found by
 * the block-shape property at FC_RUNS=100: such entries read back as `Paper:` or `[arXiv]`
 * (the label of their link), or not at all.
 */
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';

const entry: Record<string, (title: string, id: string) => string> = {
  paragraph: (t, id) =>
    `**${t}**\n\n- Paper: https://arxiv.org/abs/${id}\n- Code: https://github.com/lab/x${id.replace('.', '')}`,
  backslash: (t, id) => `**${t}** \\\n[[paper](https://arxiv.org/abs/${id})]`,
  heading: (t, id) =>
    `#### [${t}]\n- ${t} [[arXiv]](https://arxiv.org/abs/${id})\n- \`2024-01-02\``,
  item: (t, id) => `- ${t} [[arXiv]](https://arxiv.org/abs/${id})`,
};

const NEIGHBOURS = [
  { title: 'Sparse & Vision', id: '2001.00001' },
  { title: 'Speculative Agents', id: '2001.00002' },
];

describe.each(Object.keys(entry))('%s entries', (shape) => {
  const write = entry[shape] as (title: string, id: string) => string;
  const text = `# Reading list\n\n## Papers\n\n${NEIGHBOURS.map((w) => write(w.title, w.id)).join('\n\n')}\n`;

  it('read a title joined by & as the title', () => {
    const read = importList(text).entries.filter((e) => e.topic === 'Papers');
    expect(read.map((e) => e.capture.title)).toEqual(NEIGHBOURS.map((w) => w.title));
  });

  it('write a saved work whose title reads as names in the title’s place, and read it back', () => {
    const shelf = shelfFrom(text);
    const url = 'https://arxiv.org/abs/2001.00003';
    save(shelf, 'Papers', {
      key: 'arxiv:2001.00003',
      kind: 'paper',
      url,
      title: 'LoRA & Models',
      arxiv: { id: '2001.00003' },
    });
    const out = exportShelf(shelf);
    expect((addedLines(text, out) ?? []).join('\n')).toContain('LoRA & Models');
    const back = importList(out).entries.find((e) => e.capture.url === url);
    expect(back?.capture.title).toBe('LoRA & Models');
  });
});
