/**
 * Labels by kind in block entries: a bare URL after its label (`- Paper: https://…`) and an
 * HTML anchor with a text label (`[<a href="…">paper</a>]`) follow the link plan's rules
 * (link-plan.ts): a labelled slot takes only a URL of its kind, a URL is written once, and
 * a slot no URL fits is relabelled for the item's kind or leaves whole.
 */
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import type { Capture } from '../../../lib/types';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';

const REPO: Capture = {
  key: 'github:huggingface/trl',
  kind: 'repo',
  url: 'https://github.com/huggingface/trl',
  title: 'trl',
  repo: { owner: 'huggingface', name: 'trl' },
};
const MODEL: Capture = {
  key: 'hf:meta-llama/Meta-Llama-3-8B',
  kind: 'model',
  url: 'https://huggingface.co/meta-llama/Meta-Llama-3-8B',
  title: 'Meta-Llama-3-8B',
};
const PAPER: Capture = {
  key: 'arxiv:1706.03762',
  kind: 'paper',
  url: 'https://arxiv.org/abs/1706.03762',
  title: 'Attention Is All You Need',
  arxiv: { id: '1706.03762' },
  codeUrls: ['https://github.com/tensorflow/tensor2tensor'],
};

function added(text: string, capture: Capture): string[] {
  const shelf = shelfFrom(text);
  expect(exportShelf(shelf)).toBe(text);
  save(shelf, 'Vision', capture);
  const out = exportShelf(shelf);
  const lines = addedLines(text, out);
  expect(lines, 'only lines were added').not.toBeNull();
  // Never lose a link: the new entry reads back as the item.
  const back = importList(out).entries.find((entry) => entry.capture.url === capture.url);
  expect(back?.topic).toBe('Vision');
  return lines ?? [];
}

const count = (lines: string[], url: string) => lines.filter((line) => line.includes(url)).length;

describe('paragraph entries with labelled bare URLs', () => {
  const entry = (title: string, id: string, repo: string) => [
    `**${title}**`,
    '',
    `- Paper: https://arxiv.org/abs/${id}`,
    `- Code: https://github.com/${repo}`,
    '',
  ];
  const text = [
    '## Vision',
    '',
    ...entry('Deep Residual Learning', '1512.03385', 'KaimingHe/deep-residual-networks'),
    ...entry('Mask R-CNN', '1703.06870', 'facebookresearch/Detectron'),
    '## Language',
    '',
  ].join('\n');

  it('a repository goes only into the Code line', () => {
    const lines = added(text, REPO);
    expect(lines).toContain('- Code: https://github.com/huggingface/trl');
    expect(count(lines, REPO.url)).toBe(1);
    expect(lines.some((line) => /^- Paper:/.test(line))).toBe(false);
  });

  it('a model takes the Paper line relabelled for its kind, no empty Code line', () => {
    const lines = added(text, MODEL);
    expect(lines).toContain(`- Model: ${MODEL.url}`);
    expect(lines.some((line) => /^- (?:Paper|Code):/.test(line))).toBe(false);
  });

  it('a paper with code keeps both lines', () => {
    const lines = added(text, PAPER);
    expect(lines).toContain(`- Paper: ${PAPER.url}`);
    expect(lines).toContain('- Code: https://github.com/tensorflow/tensor2tensor');
  });
});

describe('raw HTML items with a labelled anchor', () => {
  const item = (id: string, title: string) => [
    '- <p align="left">',
    `    <a href="https://arxiv.org/abs/${id}" title="${title}">`,
    `        <strong>${title}</strong>`,
    '    </a>',
    '    <br/>',
    `    [<a href="https://arxiv.org/abs/${id}">paper</a>]`,
    '</p>',
    '',
  ];
  const text = [
    '## Vision',
    '',
    ...item('1512.03385', 'Deep Residual Learning'),
    ...item('1703.06870', 'Mask R-CNN'),
    '## Language',
    '',
  ].join('\n');

  it('a repository is written once, in the title anchor, with no paper anchor', () => {
    const lines = added(text, REPO);
    expect(count(lines, REPO.url)).toBe(1);
    expect(lines.join('\n')).not.toMatch(/>paper</);
    expect(lines.join('\n')).not.toMatch(/\[\s*\]|<a[^>]*>\s*<\/a>/);
  });

  it('a paper keeps its paper anchor', () => {
    const lines = added(text, PAPER);
    expect(lines).toContain(`    [<a href="${PAPER.url}">paper</a>]`);
  });
});
