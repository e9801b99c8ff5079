/**
 * FORMATS.md §6 on list shapes none of ../shared's lists have (tests/fixtures/unseen-lists,
 * written here after the way real awesome and paper lists are written): a paper with
 * authors, venue and code and a repository, saved into an existing topic, a new topic and
 * a new sub-topic, add exactly the lines below (the new entries in their neighbours' shape,
 * and a new topic's heading and table-of-contents line) and nothing else moves; the export
 * reads back as the same entries plus the new ones, and writes back byte for byte.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { addedLines, exportShelf, REPO, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

const DIR = resolve(process.cwd(), 'tests/fixtures/unseen-lists');
const SAVED = [PUBLISHED_PAPER, REPO];

const AUTHORS =
  'Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Lukasz Kaiser, Illia Polosukhin';
const ARXIV = 'https://arxiv.org/abs/1706.03762';
const CODE = 'https://github.com/tensorflow/tensor2tensor';
const TRL = 'https://github.com/huggingface/trl';

interface Save {
  topic: string;
  /** The added lines, in order (blank lines included). */
  added: string[];
}

interface Case {
  file: string;
  saves: Save[];
}

const CASES: Case[] = [
  {
    file: 'bold-title-bracket-links.md',
    saves: [
      {
        topic: 'Text-to-Video',
        added: [
          `* **Attention Is All You Need** - *${AUTHORS}* (NeurIPS 2017) [[paper](${ARXIV})] [[code](${CODE})]`,
          // The ` - ` that introduces the authors leaves with them.
          `* **trl** [[code](${TRL})]`,
        ],
      },
      {
        topic: 'Video Editing',
        added: [
          '- [Video Editing](#video-editing)',
          '## Video Editing',
          '',
          `* **Attention Is All You Need** - *${AUTHORS}* (NeurIPS 2017) [[paper](${ARXIV})] [[code](${CODE})]`,
          `* **trl** [[code](${TRL})]`,
          '',
        ],
      },
    ],
  },
  {
    file: 'numbered-em-dash-notes.md',
    saves: [
      {
        topic: 'Attention',
        added: [
          // `*NeurIPS*, 2017.`: the year after the venue is the work's, not the neighbour's words.
          `5. [Attention Is All You Need](${ARXIV}) — ${AUTHORS}. *NeurIPS*, 2017.`,
          `6. [trl](${TRL})`,
        ],
      },
      {
        // A new list counts from 1, not from the exemplar's number.
        topic: 'State Space Models / Hybrids',
        added: [
          '### Hybrids',
          '',
          `1. [Attention Is All You Need](${ARXIV}) — ${AUTHORS}. *NeurIPS*, 2017.`,
          `2. [trl](${TRL})`,
          '',
        ],
      },
      {
        // After the trailing empty `To read` section (not trailing matter).
        topic: 'Mixture of Experts',
        added: [
          '## Mixture of Experts',
          `1. [Attention Is All You Need](${ARXIV}) — ${AUTHORS}. *NeurIPS*, 2017.`,
          `2. [trl](${TRL})`,
          '',
          '',
        ],
      },
    ],
  },
  {
    file: 'year-venue-table.md',
    saves: [
      {
        topic: 'Surveys',
        added: [
          `| 2017 | NeurIPS | [Attention Is All You Need](${ARXIV}) | [GitHub](${CODE}) |`,
          `| | | [trl](${TRL}) | - |`,
        ],
      },
      {
        topic: 'Dynamic Scenes',
        added: [
          '## Dynamic Scenes',
          '',
          '| Year | Venue | Title | Code |',
          '|------|-------|-------|------|',
          `| 2017 | NeurIPS | [Attention Is All You Need](${ARXIV}) | [GitHub](${CODE}) |`,
          `| | | [trl](${TRL}) | - |`,
          '',
        ],
      },
    ],
  },
  {
    file: 'emoji-count-details.md',
    saves: [
      {
        // Inside the section's <details>, oldest first as its entries run.
        topic: '🔥 Diffusion (4)',
        added: [`- [Attention Is All You Need](${ARXIV}) (NeurIPS 2017)`, `- [trl](${TRL})`],
      },
      {
        topic: '🎨 Editing (3) / 3D',
        added: [
          '### 3D',
          '',
          `- [Attention Is All You Need](${ARXIV}) (NeurIPS 2017)`,
          `- [trl](${TRL})`,
          '',
        ],
      },
    ],
  },
  {
    file: 'star-badges-venue-prefix.md',
    saves: [
      {
        // Half the entries have code and a stars badge: the paper with code gets both; the
        // `:star:` mark is the owner's judgement, never copied.
        topic: 'Chain of Thought',
        added: [
          `- **[NeurIPS 2017]** Attention Is All You Need. [[Paper](${ARXIV})] [[Code](${CODE})] <img src="https://img.shields.io/github/stars/tensorflow/tensor2tensor?style=social">`,
          `- trl. [[Code](${TRL})] <img src="https://img.shields.io/github/stars/huggingface/trl?style=social">`,
        ],
      },
      {
        topic: 'Planning',
        added: [
          '## Planning',
          '',
          `- **[NeurIPS 2017]** Attention Is All You Need. [[Paper](${ARXIV})] [[Code](${CODE})] <img src="https://img.shields.io/github/stars/tensorflow/tensor2tensor?style=social">`,
          `- trl. [[Code](${TRL})] <img src="https://img.shields.io/github/stars/huggingface/trl?style=social">`,
          '',
        ],
      },
    ],
  },
  {
    file: 'date-first-badges.md',
    saves: [
      {
        // The arXiv badge keeps its shields.io image, with the new id in it.
        topic: 'Papers / Vision-Language Models',
        added: [
          `- [2017.06] **Attention Is All You Need** [![arXiv](https://img.shields.io/badge/arXiv-1706.03762-b31b1b.svg)](${ARXIV}) [![GitHub](https://img.shields.io/github/stars/tensorflow/tensor2tensor?style=social)](${CODE})`,
          `- **trl** [![GitHub](https://img.shields.io/github/stars/huggingface/trl?style=social)](${TRL})`,
        ],
      },
      {
        topic: 'Papers / Audio-Language Models',
        added: [
          '### Audio-Language Models',
          '',
          `- [2017.06] **Attention Is All You Need** [![arXiv](https://img.shields.io/badge/arXiv-1706.03762-b31b1b.svg)](${ARXIV}) [![GitHub](https://img.shields.io/github/stars/tensorflow/tensor2tensor?style=social)](${CODE})`,
          `- **trl** [![GitHub](https://img.shields.io/github/stars/huggingface/trl?style=social)](${TRL})`,
          '',
        ],
      },
    ],
  },
  {
    file: 'chinese-plus-crlf.md',
    saves: [
      {
        // The tail is a byline (authors et al., venue year), not a description.
        topic: '预训练',
        added: [
          `+ [Attention Is All You Need](${ARXIV}) - Ashish Vaswani et al. NeurIPS 2017`,
          `+ [trl](${TRL})`,
        ],
      },
      {
        // `+` as the list has it; before the trailing 贡献 (contributing) section.
        topic: '指令微调',
        added: [
          '+ [指令微调](#指令微调)',
          '## 指令微调',
          '',
          `+ [Attention Is All You Need](${ARXIV}) - Ashish Vaswani et al. NeurIPS 2017`,
          `+ [trl](${TRL})`,
          '',
        ],
      },
    ],
  },
  {
    file: 'japanese-pipe-table.md',
    saves: [
      {
        // `Devlin et al.`: surnames alone.
        topic: '言語モデル',
        added: [
          `| [Attention Is All You Need](${ARXIV}) | Vaswani et al. | NeurIPS 2017 | |`,
          `| [trl](${TRL}) | | | |`,
        ],
      },
      {
        topic: '言語モデル / 多言語',
        added: [
          '### 多言語',
          '',
          '| 論文 | 著者 | 会議 | メモ |',
          '| --- | --- | --- | --- |',
          `| [Attention Is All You Need](${ARXIV}) | Vaswani et al. | NeurIPS 2017 | |`,
          `| [trl](${TRL}) | | | |`,
          '',
        ],
      },
    ],
  },
  {
    file: 'authors-first-plain.md',
    saves: [
      {
        // Reference-list style: `Surname, I.` authors, then the title in quotes.
        topic: 'Models',
        added: [
          `* Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., Kaiser, L., Polosukhin, I. "Attention Is All You Need." *NeurIPS* (2017). [[pdf]](https://arxiv.org/pdf/1706.03762) [[code]](${CODE})`,
          `* "trl." [[code]](${TRL})`,
        ],
      },
      {
        // No blank line under a heading, as the list has none.
        topic: 'Embeddings',
        added: [
          '* [Embeddings](#embeddings)',
          '## Embeddings',
          `* Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., Kaiser, L., Polosukhin, I. "Attention Is All You Need." *NeurIPS* (2017). [[pdf]](https://arxiv.org/pdf/1706.03762) [[code]](${CODE})`,
          `* "trl." [[code]](${TRL})`,
          '',
        ],
      },
    ],
  },
  {
    file: 'tab-nested-fields.md',
    saves: [
      {
        // A linkless title line with its fields in tab-indented sub-items is one entry.
        topic: 'Imitation Learning',
        added: [
          '- Attention Is All You Need',
          `\t- ${AUTHORS}`,
          '\t- NeurIPS 2017',
          `\t- [paper](${ARXIV}) | [code](${CODE})`,
          '- trl',
          `\t- [code](${TRL})`,
        ],
      },
      {
        // After the trailing empty `Sim-to-Real` section (whose blank line the diff counts as the
        // one under the new heading).
        topic: 'Offline RL',
        added: [
          '## Offline RL',
          '- Attention Is All You Need',
          `\t- ${AUTHORS}`,
          '\t- NeurIPS 2017',
          `\t- [paper](${ARXIV}) | [code](${CODE})`,
          '- trl',
          `\t- [code](${TRL})`,
          '',
          '',
        ],
      },
    ],
  },
  {
    file: 'stars-column-table.md',
    saves: [
      {
        // Newest first: the 2017 paper goes under the 2023 rows; a stars badge in the code cell.
        topic: 'Speculative Decoding',
        added: [
          `| Attention Is All You Need | NeurIPS | 2017 | [arXiv](${ARXIV}) | [![Stars](https://img.shields.io/github/stars/tensorflow/tensor2tensor)](${CODE}) |`,
          `| trl | | | | [![Stars](https://img.shields.io/github/stars/huggingface/trl)](${TRL}) |`,
        ],
      },
      {
        // Before the trailing Citation section.
        topic: 'Quantization',
        added: [
          '## Quantization',
          '',
          '| Title | Venue | Year | Paper | Code |',
          '|:------|:-----:|:----:|:-----:|:----:|',
          `| Attention Is All You Need | NeurIPS | 2017 | [arXiv](${ARXIV}) | [![Stars](https://img.shields.io/github/stars/tensorflow/tensor2tensor)](${CODE}) |`,
          `| trl | | | | [![Stars](https://img.shields.io/github/stars/huggingface/trl)](${TRL}) |`,
          '',
        ],
      },
    ],
  },
  {
    file: 'checkbox-notes.md',
    saves: [
      {
        // Unread: an open box; the neighbours' notes are theirs.
        topic: 'Retrieval',
        added: [
          `- [ ] **Attention Is All You Need** [[arXiv](${ARXIV})]`,
          `- [ ] **trl** [[code](${TRL})]`,
        ],
      },
      {
        // Above the `---` rule and the footer under it.
        topic: 'Agents',
        added: [
          '## Agents',
          '',
          `- [ ] **Attention Is All You Need** [[arXiv](${ARXIV})]`,
          `- [ ] **trl** [[code](${TRL})]`,
          '',
        ],
      },
    ],
  },
  {
    file: 'html-br-numbered.md',
    saves: [
      {
        // A numbered list keeps counting; blank lines between entries, as it has them.
        topic: 'NeRF',
        added: [
          '4. **Attention Is All You Need**<br>',
          `   ${AUTHORS}<br>`,
          `   NeurIPS 2017. [[PDF](https://arxiv.org/pdf/1706.03762)] [[Code](${CODE})]`,
          '',
          '5. **trl**<br>',
          `   [[Code](${TRL})]`,
          '',
        ],
      },
      {
        topic: 'NeRF / Dynamic',
        added: [
          '### Dynamic',
          '',
          '1. **Attention Is All You Need**<br>',
          `   ${AUTHORS}<br>`,
          `   NeurIPS 2017. [[PDF](https://arxiv.org/pdf/1706.03762)] [[Code](${CODE})]`,
          '',
          '2. **trl**<br>',
          `   [[Code](${TRL})]`,
          '',
        ],
      },
    ],
  },
  {
    file: 'emoji-labels-pipes.md',
    saves: [
      {
        // `💻` and `🏛️` announce the code link and the venue: they leave with them.
        topic: 'Frameworks',
        added: [
          `- 📄 [Attention Is All You Need](${ARXIV}) | 💻 [Code](${CODE}) | 🏛️ NeurIPS 2017`,
          `- 📄 [trl](${TRL})`,
        ],
      },
      {
        // Above the back-to-top line.
        topic: 'Tools',
        added: [
          '## Tools',
          '',
          `- 📄 [Attention Is All You Need](${ARXIV}) | 💻 [Code](${CODE}) | 🏛️ NeurIPS 2017`,
          `- 📄 [trl](${TRL})`,
          '',
        ],
      },
    ],
  },
  {
    file: 'year-headings-codespan.md',
    saves: [
      {
        topic: 'Backbones / 2022',
        added: [`- \`NeurIPS\` [Attention Is All You Need](${ARXIV})`, `- [trl](${TRL})`],
      },
      {
        // A year heading goes where its year keeps the years' order (after 2021).
        topic: 'Backbones / 2017',
        added: [
          '### 2017',
          '',
          `- \`NeurIPS\` [Attention Is All You Need](${ARXIV})`,
          `- [trl](${TRL})`,
          '',
        ],
      },
    ],
  },
  {
    file: 'details-per-entry.md',
    saves: [
      {
        // The summary's [paper] anchor is relabelled [code] for a repository; the abstract
        // is the neighbour's own words.
        topic: 'Temporal Grounding',
        added: [
          '<details>',
          `<summary><b>Attention Is All You Need</b> (NeurIPS 2017) <a href="${ARXIV}">[paper]</a></summary>`,
          '',
          '</details>',
          '',
          '<details>',
          `<summary><b>trl</b> <a href="${TRL}">[code]</a></summary>`,
          '',
          '</details>',
          '',
        ],
      },
    ],
  },
];

/** Shapes the engine does not handle yet: the right lines, checked as failing. */
const KNOWN_FAILURES: (Case & { reason: string })[] = [
  {
    file: 'date-first-badges.md',
    reason:
      'a new top-level topic learns from its one sibling entry (no GitHub badge): the repository falls back to a [code] link',
    saves: [
      {
        topic: 'Surveys',
        added: [
          '## Surveys',
          '',
          `- [2017.06] **Attention Is All You Need** [![arXiv](https://img.shields.io/badge/arXiv-1706.03762-b31b1b.svg)](${ARXIV}) [![GitHub](https://img.shields.io/github/stars/tensorflow/tensor2tensor?style=social)](${CODE})`,
          `- **trl** [![GitHub](https://img.shields.io/github/stars/huggingface/trl?style=social)](${TRL})`,
          '',
        ],
      },
    ],
  },
];

function readFixture(file: string): string {
  return readFileSync(resolve(DIR, file), 'utf8');
}

/** Each entry as `topic → title → url`, in document order. */
function entriesOf(text: string): string[] {
  return importList(text).entries.map(
    (entry) => `${entry.topic} → ${entry.capture.title} → ${entry.capture.url}`,
  );
}

function check(file: string, { topic, added }: Save): void {
  const text = readFixture(file);
  const shelf = shelfFrom(text);
  save(shelf, topic, ...SAVED);
  const out = exportShelf(shelf);
  // (a) Only lines added, and exactly these.
  expect(addedLines(text, out)).toEqual(added);
  // Line endings stay the file's own.
  if (text.includes('\r\n')) expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  // (c) The same entries read back, in order, with the new ones in the topic saved into.
  const before = entriesOf(text);
  const after = entriesOf(out);
  const fresh = SAVED.map((capture) => `${topic} → ${capture.title} → ${capture.url}`);
  expect(after.filter((entry) => !fresh.includes(entry))).toEqual(before);
  for (const entry of fresh) expect(after).toContain(entry);
  // (d) The export is a file the engine writes back as it is.
  expect(exportShelf(shelfFrom(out))).toBe(out);
}

describe.each(CASES)('$file', ({ file, saves }) => {
  it('comes back byte for byte', () => {
    const text = readFixture(file);
    expect(exportShelf(shelfFrom(text))).toBe(text);
  });
  it.each(saves)('takes a paper and a repository into “$topic”', (target) => check(file, target));
});

describe.each(KNOWN_FAILURES)('$file (known failure: $reason)', ({ file, saves }) => {
  it('comes back byte for byte', () => {
    const text = readFixture(file);
    expect(exportShelf(shelfFrom(text))).toBe(text);
  });
  it.fails.each(saves)('takes a paper and a repository into “$topic”', (target) =>
    check(file, target),
  );
});

describe('titles read from entries whose link is not the title', () => {
  it.each([
    // The quoted title, not the authors before it.
    ['authors-first-plain.md', 'Graph Neural Networks: A Review of Methods and Applications'],
    // The bold title, not the arXiv badge's image.
    ['date-first-badges.md', 'LLaVA-NeXT: Improved reasoning, OCR, and world knowledge'],
  ])('%s', (file, title) => {
    expect(importList(readFixture(file)).entries[0]?.capture.title).toBe(title);
  });
});
