/** FORMATS.md §1: importing a list and exporting it unchanged gives back the same bytes. */
import { describe, expect, it } from 'vitest';
import { detectStyle, importList } from '../../../lib/markdown/index';
import { exportShelf, readSeed, SEED_NAMES, shelfFrom } from './helpers';

function roundTrip(text: string): string {
  return exportShelf(shelfFrom(text));
}

describe('round trip of the seeds', () => {
  it.each(SEED_NAMES)('%s comes back byte for byte', (name) => {
    const text = readSeed(name);
    expect(roundTrip(text)).toBe(text);
  });

  it.each(SEED_NAMES)('%s with CRLF line endings', (name) => {
    const text = readSeed(name).replace(/\n/g, '\r\n');
    expect(roundTrip(text)).toBe(text);
  });

  it.each(SEED_NAMES)('%s without (or with) a final newline', (name) => {
    const text = readSeed(name);
    const other = text.endsWith('\n') ? text.replace(/\n+$/, '') : `${text}\n`;
    expect(roundTrip(other)).toBe(other);
  });

  it('keeps mixed line endings, a lone CR and a byte-order mark', () => {
    const text =
      '\uFEFF# List\r\n\r\n## A\n- [x](https://example.com/x)\r- [y](https://example.com/y)\r\n';
    expect(roundTrip(text)).toBe(text);
  });

  it('reads bytes the same as text', () => {
    const text = readSeed('llm-wiki.md');
    const bytes = new TextEncoder().encode(text);
    expect(importList(bytes)).toEqual(importList(text));
  });
});

describe('what import reads from the seeds', () => {
  it('detects each seed style', () => {
    expect(detectStyle(readSeed('awesome-efficient-llm.md'))).toBe('awesome');
    expect(detectStyle(readSeed('llm-info-papers.md'))).toBe('numbered');
    expect(detectStyle(readSeed('llm-info-readme.md'))).toBe('numbered');
    expect(detectStyle(readSeed('llm-wiki.md'))).toBe('wiki');
    expect(detectStyle(readSeed('obsidian-transformers-note.md'))).toBe('obsidian');
  });

  it('takes a single first # heading as the title, not a topic', () => {
    const awesome = importList(readSeed('awesome-efficient-llm.md'));
    expect(awesome.title).toBe('Awesome efficient llm');
    expect(awesome.topics).toContain('Quantization / Papers');
    const readme = importList(readSeed('llm-info-readme.md'));
    expect(readme.title).toBeUndefined();
    expect(readme.topics).toContain('Papers / Optimization concepts');
    expect(readme.topics).toContain(
      'Common information in tutorials and blogs / Optimization concepts',
    );
  });

  it('keeps empty topics in document order', () => {
    const readme = importList(readSeed('llm-info-readme.md'));
    const at = (path: string) => readme.topics.indexOf(path);
    expect(at('Papers / Quantization / 2020')).toBeGreaterThan(at('Papers / Quantization'));
    expect(at('Papers / Quantization / 2021')).toBe(at('Papers / Quantization / 2020') + 1);
    expect(readme.entries.some((entry) => entry.topic === 'Papers / Quantization / 2020')).toBe(
      false,
    );
  });

  it('reads an awesome paper entry completely', () => {
    const awesome = importList(readSeed('awesome-efficient-llm.md'));
    const pissa = awesome.entries.find((entry) => entry.capture.key === 'arxiv:2404.02948');
    expect(pissa?.topic).toBe('Efficient finetuning');
    expect(pissa?.capture).toMatchObject({
      kind: 'paper',
      url: 'https://arxiv.org/abs/2404.02948',
      title:
        'PiSSA: Principal Singular Values and Singular Vectors Adaptation of Large Language Models',
      authors: ['Fanxu Meng', 'Zhaohui Wang', 'Muhan Zhang'],
      arxiv: { id: '2404.02948', version: 1 },
      codeUrls: ['https://github.com/GraphPKU/PiSSA'],
    });
    const reft = awesome.entries.find((entry) => entry.capture.key === 'arxiv:2404.03592');
    expect(reft?.note).toMatch(/^by manipulating a small fraction/);
    const repo = awesome.entries.find(
      (entry) => entry.capture.key === 'github:hiyouga/llama-efficient-tuning',
    );
    expect(repo?.capture).toMatchObject({
      kind: 'repo',
      title: 'hiyouga/LLaMA-Efficient-Tuning',
      description: 'Fine-tuning LLaMA with PEFT (PT+SFT+RLHF with QLoRA)',
    });
  });

  it('reads numbered entries: PDFs in a repo, code links, descriptions', () => {
    const readme = importList(readSeed('llm-info-readme.md'));
    const awq = readme.entries.find((entry) => entry.capture.title.startsWith('AWQ'));
    expect(awq?.topic).toBe('Papers / Quantization / 2023');
    expect(awq?.capture.key).toMatch(/^url:https:\/\/github\.com\/vvchernov\/LLM_info\/blob\//);
    expect(awq?.capture.contextKey).toBe('github:vvchernov/llm_info');
    expect(awq?.capture.codeUrls).toEqual(['https://github.com/mit-han-lab/llm-awq']);
    const ggml = readme.entries.find((entry) => entry.capture.key === 'github:ggerganov/ggml');
    expect(ggml?.capture.description).toBe('tensor library for machine learning');
  });

  it('reads wiki entries and obsidian tab titles and checkboxes', () => {
    const wiki = importList(readSeed('llm-wiki.md'));
    const lora = wiki.entries.find((entry) => entry.capture.title.startsWith('LoRA'));
    expect(lora?.capture.kind).toBe('paper');
    expect(lora?.note).toMatch(/^LoRA is a popular technique/);
    const obsidian = importList(readSeed('obsidian-transformers-note.md'));
    const dpo = obsidian.entries.find((entry) => entry.capture.key === 'arxiv:2305.18290');
    expect(dpo?.capture.title).toBe(
      'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
    );
    expect(dpo?.capture.pageTitle).toMatch(/^\[2305\.18290\] /);
    const rope = obsidian.entries.find((entry) => entry.topic.endsWith('RoPE'));
    expect(rope?.status).toBe('to-read');
    const tiktoken = obsidian.entries.find(
      (entry) => entry.capture.key === 'github:openai/tiktoken',
    );
    expect(tiktoken?.capture.description).toMatch(/^tiktoken is a fast BPE tokeniser/);
  });
});
