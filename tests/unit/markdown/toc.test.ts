/**
 * Tables of contents in their common forms (issue 11, point 6): found by structure, and a new
 * topic's line written among its siblings' lines, shaped like them, with GitHub's anchors.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../lib/markdown/parse';
import { headingAnchors, Slugger, slugBase } from '../../../lib/markdown/toc-anchors';
import { readTocLine } from '../../../lib/markdown/toc-find';
import { addedLines, exportShelf, REPO, save, shelfFrom } from './helpers';

/** The lines a save of REPO into `topic` adds to `text`. */
function added(text: string, topic: string): string[] {
  const shelf = shelfFrom(text);
  save(shelf, topic, REPO);
  const out = exportShelf(shelf);
  expect(exportShelf(shelfFrom(text))).toBe(text);
  return addedLines(text, out) ?? ['(lines changed)'];
}

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

describe('GitHub anchors', () => {
  it('lower-cases, drops punctuation and emoji, turns spaces into hyphens', () => {
    expect(slugBase('📖 Contents')).toBe('-contents');
    expect(slugBase('Datasets, Benchmarks & Surveys')).toBe('datasets-benchmarks--surveys');
    expect(slugBase('Large Multimodal Models (LMMs)')).toBe('large-multimodal-models-lmms');
    expect(slugBase('1.1 Brain: An LLM')).toBe('11-brain-an-llm');
    expect(slugBase('snake_case and-dash')).toBe('snake_case-and-dash');
  });

  it('reads a heading as GitHub renders it: link text, no images or HTML', () => {
    expect(slugBase('[Survey papers](#content)')).toBe('survey-papers');
    expect(slugBase('Awesome-Graph-LLM [![Awesome](https://a.re/b.svg)](https://a.re)')).toBe(
      'awesome-graph-llm-',
    );
    expect(slugBase('<h3 id="x">Vision</h3>')).toBe('vision');
  });

  it('counts the paper headings read as entries when it numbers a new heading’s anchor', () => {
    // `### BERT` is one paper's heading (learn/heading-entry.ts), no topic, but GitHub gives
    // it the anchor `bert`, so a new topic `BERT` below it is `#bert-1`.
    const text = [
      '# L',
      '',
      '- [Models](#models)',
      '- [Papers](#papers)',
      '',
      '## Models',
      '',
      PAPER,
      '',
      '## Papers',
      '',
      '### Attention',
      '',
      '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)',
      '',
      '### BERT',
      '',
      '- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)',
      '',
    ].join('\n');
    expect(parseDocument(text).headings.map((heading) => heading.text)).toEqual([
      'L',
      'Models',
      'Papers',
    ]);
    expect(added(text, 'BERT')).toContain('- [BERT](#bert-1)');
    // A TOC line that leads past a paper heading of the same name finds its topic.
    const again = text
      .replace('- [Papers](#papers)', '- [Papers](#papers)\n- [BERT](#bert-1)')
      .concat('\n## BERT\n\n', PAPER, '\n');
    const doc = parseDocument(again);
    expect(doc.headings[headingAnchors(doc).get('bert-1') ?? -1]?.path).toBe('BERT');
  });

  it('numbers repeated headings -1, -2', () => {
    const slugger = new Slugger();
    expect(['Other', 'Other', 'Other'].map((text) => slugger.slug(text))).toEqual([
      'other',
      'other-1',
      'other-2',
    ]);
  });
});

describe('TOC lines', () => {
  it('reads bullets, numbers, dash nesting and group lines', () => {
    expect(readTocLine('  - [A](#a)')).toMatchObject({ indent: '  ', dashes: 0, anchor: 'a' });
    expect(readTocLine('- - - [A](#a)')).toMatchObject({ dashes: 2, marker: '-' });
    expect(readTocLine('3. [A](#a)')).toMatchObject({ number: 3, marker: '3.' });
    expect(readTocLine('- Papers')).toMatchObject({ text: null });
    expect(readTocLine('- [A](https://a.org) by someone')).toBeNull();
  });

  it('is no TOC when its anchors lead to no heading, or its links go to several pages', () => {
    const text = '# T\n\n## A\n\n- [x](#nowhere)\n- [y](#missing)\n\n## B\n';
    expect(parseDocument(text).toc).toBeUndefined();
    const pages =
      '# T\n\n## Overview\n- [A](https://github.com/o/r#a)\n- [B](https://github.com/p/q#b)\n\n## A\n\n## B\n';
    expect(parseDocument(pages).toc).toBeUndefined();
  });

  it('reads full links to the document itself, all at one address, as TOC lines', () => {
    expect(readTocLine('- [A](https://github.com/o/r#a-b)')).toMatchObject({
      anchor: 'a-b',
      base: 'https://github.com/o/r',
    });
    for (const base of [
      'https://github.com/o/r',
      'https://github.com/o/r/blob/main/README.md',
      './README.md',
    ]) {
      const text = `# T\n\n## Overview\n- [A](${base}#a)\n- [B](${base}#b)\n\n## A\n\n## B\n`;
      expect(parseDocument(text).toc, base).toMatchObject({ start: 3, end: 5 });
    }
  });
});

describe('a new topic’s TOC line', () => {
  it('under its own "## Table of Contents" heading, listing the title and itself', () => {
    const text = [
      '# My List',
      '',
      '## Table of Contents',
      '',
      '- [My List](#my-list)',
      '  - [Table of Contents](#table-of-contents)',
      '  - [Vision](#vision)',
      '    - [Detection](#detection)',
      '  - [Language](#language)',
      '',
      '## Vision',
      '',
      '### Detection',
      '',
      PAPER,
      '',
      '## Language',
      '',
      PAPER.replace('1706.03762', '1810.04805'),
      '',
    ].join('\n');
    const lines = added(text, 'Vision / Segmentation');
    expect(lines).toContain('    - [Segmentation](#segmentation)');
    const out = (() => {
      const shelf = shelfFrom(text);
      save(shelf, 'Vision / Segmentation', REPO);
      return exportShelf(shelf);
    })();
    expect(out).toContain(
      '    - [Detection](#detection)\n    - [Segmentation](#segmentation)\n  - [Language]',
    );
  });

  it('in a numbered TOC under an emoji heading continues the numbers', () => {
    const text = [
      '# L',
      '',
      '## 📖 Contents',
      '',
      '1. [Vision](#vision)',
      '2. [Language](#language)',
      '',
      '## Vision',
      '',
      PAPER,
      '',
      '## Language',
      '',
      '## License',
      '',
    ].join('\n');
    expect(added(text, 'Audio')).toContain('3. [Audio](#audio)');
  });

  it('in a "- - " TOC with case-kept anchors copies the nesting and the anchor scheme', () => {
    const text = [
      '# L',
      '',
      '## 📚 Contents',
      '',
      '- [**1_Models**](#_1_Models)',
      '- - [1-1_Quantization](#_1-1_Quantization)',
      '- - [1-2_Pruning](#_1-2_Pruning)',
      '- [**2_Data**](#_2_Data)',
      '',
      '# _1_Models',
      '## _1-1_Quantization',
      PAPER,
      '## _1-2_Pruning',
      '# _2_Data',
      '',
    ].join('\n');
    const out = (() => {
      const shelf = shelfFrom(text);
      save(shelf, '_1_Models / Caching', REPO);
      return exportShelf(shelf);
    })();
    expect(out).toContain(
      '- - [1-2_Pruning](#_1-2_Pruning)\n- - [Caching](#Caching)\n- [**2_Data**]',
    );
  });

  it('with 4-space nesting copies the indentation; emoji and duplicates get GitHub’s anchor', () => {
    const text = [
      '# L',
      '',
      '- [🔔 News](#-news)',
      '- [Agents](#agents)',
      '    - [Tools](#tools)',
      '',
      '## 🔔 News',
      '',
      '## Agents',
      '',
      '### Tools',
      '',
      PAPER,
      '',
    ].join('\n');
    expect(added(text, 'Agents / 🔔 News')).toContain('    - [🔔 News](#-news-1)');
  });

  it('in a TOC of full links to the document uses their address', () => {
    const base = 'https://github.com/o/r/blob/main/README.md';
    const text = [
      '# L',
      '',
      '## Contents',
      `- [Vision](${base}#vision)`,
      `  - [Detection](${base}#detection)`,
      `- [Language](${base}#language)`,
      '',
      '## Vision',
      '### Detection',
      PAPER,
      '## Language',
      '',
    ].join('\n');
    expect(added(text, 'Vision / Tracking')).toContain(`  - [Tracking](${base}#tracking)`);
    expect(added(text, 'Audio')).toContain(`- [Audio](${base}#audio)`);
  });

  it('gives a flat TOC no line for a sub-topic', () => {
    const text = '# L\n\n- [A](#a)\n- [B](#b)\n\n## A\n\n' + PAPER + '\n\n## B\n';
    expect(added(text, 'A / Sub').join('\n')).not.toContain('#sub');
  });

  it('goes before the lines of trailing matter, as the heading goes before its section', () => {
    const text = [
      '# L',
      '',
      '## Contents',
      '- [Vision](#vision)',
      '- [Language](#language)',
      '- [Contributing](#contributing)',
      '- [License](#license)',
      '',
      '## Vision',
      PAPER,
      '## Language',
      '## Contributing',
      'Pull requests welcome.',
      '## License',
      'MIT',
      '',
    ].join('\n');
    const out = (() => {
      const shelf = shelfFrom(text);
      save(shelf, 'Audio', REPO);
      return exportShelf(shelf);
    })();
    expect(out).toContain('- [Language](#language)\n- [Audio](#audio)\n- [Contributing]');
    expect(out.indexOf('## Audio')).toBeLessThan(out.indexOf('## Contributing'));
  });

  it('keeps a year order: a new year goes between the years around it, numbered in place', () => {
    const text = [
      '# L',
      '',
      '1. [2019](#2019)',
      '2. [2021](#2021)',
      '',
      '## 2019',
      PAPER,
      '## 2021',
      PAPER.replace('1706.03762', '2101.00001'),
      '',
    ].join('\n');
    const out = (() => {
      const shelf = shelfFrom(text);
      save(shelf, '2020', REPO);
      return exportShelf(shelf);
    })();
    expect(out).toContain('1. [2019](#2019)\n2. [2020](#2020)\n3. [2021](#2021)');
    expect(out.indexOf('## 2020')).toBeLessThan(out.indexOf('## 2021'));
  });

  it('gives no line to a sub-topic of a section the contents leave out', () => {
    const text = [
      '# L',
      '',
      '## News',
      '- 2025: released',
      '',
      '## Contents',
      '- [Vision](#vision)',
      '  - [Detection](#detection)',
      '- [Language](#language)',
      '',
      '## Vision',
      '### Detection',
      PAPER,
      '## Language',
      '',
    ].join('\n');
    expect(added(text, 'News / Releases').join('\n')).not.toContain('#releases');
  });
});
