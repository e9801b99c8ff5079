/**
 * Block entry shapes (learn/blocks.ts) on small written lists: raw HTML items, `<details>`
 * entries, title paragraphs with link bullets, one heading per paper, raw HTML tables.
 * Each is read as entries (title + URL), and a save writes a new one of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { parseDocument } from '../../../lib/markdown/parse';
import type { Capture } from '../../../lib/types';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';

const HOSTILE: Capture = {
  key: 'arxiv:2401.00001',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2401.00001',
  title: 'Tricks <script>alert(1)</script> & "Quotes"',
  authors: ['Ada Lovelace', 'Alan Turing'],
  arxiv: { id: '2401.00001' },
  venue: { name: 'ICLR', year: 2022 },
};

function saveInto(text: string, topic: string, capture: Capture = HOSTILE) {
  const shelf = shelfFrom(text);
  expect(exportShelf(shelf)).toBe(text);
  save(shelf, topic, capture);
  const out = exportShelf(shelf);
  const added = addedLines(text, out);
  expect(added, 'only lines were added').not.toBeNull();
  const back = importList(out).entries.find((entry) => entry.capture.key === capture.key);
  expect(back?.capture.url).toBe(capture.url);
  expect(back?.capture.title).toBe(capture.title);
  expect(back?.topic).toBe(topic);
  return { out, added: (added ?? []).join('\n') };
}

describe('raw HTML list items', () => {
  const item = (id: string, title: string, authors: string, abstract: string) => [
    '- <p align="left">',
    `    <a href="https://arxiv.org/abs/${id}" title="${title}">`,
    `       <strong>${title}</strong>`,
    '    </a>',
    '    <br/>',
    `    ${authors}`,
    '    <br/>',
    `    <a href="https://arxiv.org/abs/${id}"><img src="https://img.shields.io/badge/arXiv-${id}-red.svg"></a>`,
    '  <details> <summary><strong>Abstract</strong></summary>',
    `      ${abstract}`,
    '    </details>',
    '</p>',
    '',
  ];
  const text = [
    '## Vision',
    '',
    ...item('2309.11497', 'FreeU: Free Lunch', 'Chenyang Si, Ziqi Huang', 'We uncover U-Net.'),
    ...item(
      '2402.19481',
      'DistriFusion &amp; Friends',
      'Muyang Li, Tianle Cai',
      'Diffusion is slow.',
    ),
  ].join('\n');

  it('are read as their titled anchor’s work, entities decoded', () => {
    const entries = importList(text).entries;
    expect(entries.map((entry) => [entry.capture.title, entry.capture.url])).toEqual([
      ['FreeU: Free Lunch', 'https://arxiv.org/abs/2309.11497'],
      ['DistriFusion & Friends', 'https://arxiv.org/abs/2402.19481'],
    ]);
    // The flush-left `</p>` belongs to its entry.
    expect(parseDocument(text).entries[0]?.end).toBe(14);
  });

  it('take a new item in their markup, values HTML-escaped, nothing of a neighbour copied', () => {
    const { added } = saveInto(text, 'Vision');
    expect(added).toContain(
      'title="Tricks &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quotes&quot;"',
    );
    expect(added).toContain('<strong>Tricks &lt;script&gt;');
    expect(added).not.toContain('<script>');
    expect(added).toContain('Ada Lovelace, Alan Turing');
    // The badge names the item's own id; the neighbour's abstract (and its emptied
    // details) are not the new item's.
    expect(added).toContain('arXiv-2401.00001-red.svg');
    expect(added).not.toMatch(/U-Net|slow|<details>|<a href="[^"]*"><\/a>/i);
    expect(added.split('\n')[0]).toBe('- <p align="left">');
    expect(added.trimEnd().endsWith('</p>')).toBe(true);
  });
});

describe('<details> entries', () => {
  const entry = (year: number, title: string, id: string) => [
    `<details> <summary markdown="span">${year} [${title}](https://arxiv.org/abs/${id})</summary>`,
    '',
    `My notes on ${title}: long prose that is mine.`,
    '',
    '- a point with a [link](https://arxiv.org/abs/9999.99999)',
    '',
    '</details>',
    '',
    '',
  ];
  const text = [
    '---',
    'title: Bookmarks',
    '---',
    '',
    ...entry(2024, 'Mamba, CMU', '2312.00752'),
    ...entry(2023, 'Simplifying Transformer Blocks, ETH Zurich', '2311.01906'),
    ...entry(2021, 'Switch Transformers, Google', '2101.03961'),
  ].join('\r\n');

  it('are read from their summary; nothing inside them is an entry', () => {
    const entries = importList(text).entries;
    expect(entries.map((e) => e.capture.url)).toEqual([
      'https://arxiv.org/abs/2312.00752',
      'https://arxiv.org/abs/2311.01906',
      'https://arxiv.org/abs/2101.03961',
    ]);
    expect(entries[1]?.capture.title).toBe('Simplifying Transformer Blocks, ETH Zurich');
  });

  it('take a summary line and an empty body, in year order, with the file’s CRLF', () => {
    const paper = {
      ...HOSTILE,
      key: 'arxiv:2201.00001',
      url: 'https://arxiv.org/abs/2201.00001',
      arxiv: { id: '2201.00001' },
    };
    const { out, added } = saveInto(text, '', paper);
    expect(added).toBe(
      '<details> <summary markdown="span">2022 [Tricks &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quotes&quot;](https://arxiv.org/abs/2201.00001)</summary>\n\n</details>\n\n',
    );
    expect(out.indexOf('2022 [Tricks')).toBeLessThan(out.indexOf('2021 [Switch'));
    expect(out.indexOf('2022 [Tricks')).toBeGreaterThan(out.indexOf('2023 [Simplifying'));
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('paragraph entries', () => {
  it('a bold title over link bullets takes the same, with the labels the others share', () => {
    const text = [
      '# CVPR',
      '',
      '## Backbone',
      '',
      '**RepViT: Revisiting Mobile CNN**',
      '',
      '- Homepage: https://example.org/repvit/',
      '- Paper: https://arxiv.org/abs/2307.09283',
      '- Code: https://github.com/THU-MIG/RepViT',
      '',
      '**TransNeXt: Robust Foveal Perception**',
      '',
      '- Paper: https://arxiv.org/abs/2311.17132',
      '- Code: https://github.com/DaiShiResearch/TransNeXt',
      '',
    ].join('\n');
    expect(importList(text).entries.map((e) => e.capture.title)).toEqual([
      'RepViT: Revisiting Mobile CNN',
      'TransNeXt: Robust Foveal Perception',
    ]);
    const paper = {
      ...HOSTILE,
      title: 'Vision Mamba',
      codeUrls: ['https://github.com/hustvl/Vim'],
    };
    const { added } = saveInto(text, 'Backbone', paper);
    expect(added).toBe(
      '**Vision Mamba**\n\n- Paper: https://arxiv.org/abs/2401.00001\n- Code: https://github.com/hustvl/Vim\n',
    );
  });

  it('hard-broken paragraphs (`\\` line ends) take a paragraph of the same lines', () => {
    const text = [
      '## Papers',
      '',
      '**Bi-Constraints Diffusion** \\',
      '*M. Luo, N. Zhou* \\',
      'IEEE TMI, 2025. [[doi](https://doi.org/10.1109/TMI.2024.3442950)]',
      '',
      '**DCDiff: Dual-Domain Diffusion** \\',
      '*R. Shen, X. Li* \\',
      'MICCAI, 2024. [[doi](https://doi.org/10.1007/978-3-031-72104-5_22)]',
      '',
    ].join('\n');
    expect(importList(text).entries).toHaveLength(2);
    const { added } = saveInto(text, 'Papers', { ...HOSTILE, title: 'Unsupervised MAR' });
    expect(added).toContain('**Unsupervised MAR** \\');
    expect(added).toContain('*A. Lovelace, A. Turing* \\');
  });

  it('a lone bold line above links is the author’s note, not an entry', () => {
    const text = '## Notes\n\n**Read first**\n\n- Paper: https://arxiv.org/abs/2307.09283\n';
    expect(importList(text).entries).toHaveLength(0);
  });
});

describe('one heading per paper', () => {
  const paper = (title: string, id: string, date: string) => [
    `##### [${title}]`,
    `- ${title} [[arXiv]](https://arxiv.org/abs/${id})`,
    '- *Ada Lovelace, Alan Turing*',
    `- \`${date}\``,
    '',
  ];
  const text = [
    '# Papers in 100 Lines',
    '',
    '## Implemented papers',
    '',
    ...paper('Maxout Networks', '1302.4389', '2013-02-18'),
    ...paper('Network In Network', '1312.4400', '2013-12-13'),
    '##### [DreamBooth]',
    '- DreamBooth: Fine Tuning Text-to-Image Diffusion Models [[arXiv]](https://arxiv.org/abs/2208.12242)',
    '- *Nataniel Ruiz*',
    '- `2022-08-25`',
    '',
  ].join('\n');

  it('are entries of the section above them, not topics of their own', () => {
    const list = importList(text);
    expect(list.topics).toEqual(['Implemented papers']);
    expect(list.entries.map((e) => [e.topic, e.capture.title])).toEqual([
      ['Implemented papers', 'Maxout Networks'],
      ['Implemented papers', 'Network In Network'],
      ['Implemented papers', 'DreamBooth: Fine Tuning Text-to-Image Diffusion Models'],
    ]);
  });

  it('a save writes a heading with its bullets', () => {
    const { added } = saveInto(text, 'Implemented papers', {
      ...HOSTILE,
      title: 'Adam Optimizer',
      published: '2014-12-22',
    });
    expect(added).toBe(
      '##### [Adam Optimizer]\n- Adam Optimizer [[arXiv]](https://arxiv.org/abs/2401.00001)\n- *Ada Lovelace, Alan Turing*\n- `2014-12-22`\n',
    );
  });

  it('headings that each hold one work but do not name it stay topics', () => {
    const topics = [
      '## Pruning',
      '- [Wanda](https://arxiv.org/abs/2306.11695)',
      '',
      '## Quantization',
      '- [GPTQ](https://arxiv.org/abs/2210.17323)',
      '',
    ].join('\n');
    expect(importList(topics).topics).toEqual(['Pruning', 'Quantization']);
  });
});

describe('raw HTML tables', () => {
  const text = [
    '<table>',
    '  <tr>',
    '    <th>Article</th>',
    '    <th>Authors</th>',
    '    <th>Link</th>',
    '    <th>Abstract</th>',
    '  </tr>',
    '  <tr>',
    '    <td>AST: Audio Spectrogram Transformer</td>',
    '    <td>Yuan Gong, James Glass</td>',
    '    <td>https://arxiv.org/abs/2104.01778</td>',
    '    <td>In the past decade, CNNs …</td>',
    '  </tr>',
    '  <tr>',
    '    <td>wav2vec &amp; more</td>',
    '    <td>Steffen Schneider</td>',
    '    <td><a href="https://arxiv.org/abs/1904.05862">arXiv</a></td>',
    '    <td>We explore …</td>',
    '  </tr>',
    '</table>',
    '',
  ].join('\n');

  it('read each row as its Article and Link', () => {
    expect(importList(text).entries.map((e) => [e.capture.title, e.capture.url])).toEqual([
      ['AST: Audio Spectrogram Transformer', 'https://arxiv.org/abs/2104.01778'],
      ['wav2vec & more', 'https://arxiv.org/abs/1904.05862'],
    ]);
  });

  it('take a new row filled by the header’s names, escaped, in the rows’ order', () => {
    const { out } = saveInto(text, '', { ...HOSTILE, abstract: 'We <b>show</b> it.' });
    // Newest first by arXiv id: the 2024 paper opens the table.
    expect(out).toContain(
      [
        '  </tr>',
        '  <tr>',
        '    <td>Tricks &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quotes&quot;</td>',
        '    <td>Ada Lovelace, Alan Turing</td>',
        '    <td>https://arxiv.org/abs/2401.00001</td>',
        '    <td>We &lt;b&gt;show&lt;/b&gt; it.</td>',
        '  </tr>',
        '  <tr>',
        '    <td>AST: Audio Spectrogram Transformer</td>',
      ].join('\n'),
    );
  });
});
