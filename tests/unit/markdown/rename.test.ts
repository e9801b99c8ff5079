import { describe, expect, it } from 'vitest';
import { emptyCollection } from '../../../lib/collection/collection';
import { applyImportedList } from '../../../lib/collection/imported-list';
import { listExportInput } from '../../../lib/collection/list-export';
import { exportList, importList } from '../../../lib/markdown/index';
import { readSeed } from './helpers';

let counter = 0;
const ids = () => `r${++counter}`;

/** Imports a seed, renames topics as the library page does (path changes, sourcePath stays). */
function renameAndExport(seed: string, renames: Record<string, string>) {
  const source = readSeed(seed);
  const collection = emptyCollection();
  const { list } = applyImportedList(collection, importList(source), source, {
    now: 1,
    newId: ids,
  });
  for (const topic of collection.topics) {
    for (const [from, to] of Object.entries(renames)) {
      if (topic.path === from) topic.path = to;
      else if (topic.path.startsWith(`${from} / `)) topic.path = to + topic.path.slice(from.length);
    }
  }
  return { source, output: exportList(listExportInput(collection, list), { now: new Date(0) }) };
}

/** Imports a seed and deletes a topic as the library page does: its items go to the parent. */
function deleteAndExport(seed: string, path: string) {
  const source = readSeed(seed);
  const collection = emptyCollection();
  const { list } = applyImportedList(collection, importList(source), source, {
    now: 1,
    newId: ids,
  });
  const gone = collection.topics.find((topic) => topic.path === path);
  const parentPath = path.split(' / ').slice(0, -1).join(' / ');
  const parent = collection.topics.find((topic) => topic.path === parentPath);
  if (!gone || !parent) throw new Error(`no topic ${path}`);
  collection.topics = collection.topics.filter((topic) => topic !== gone);
  for (const item of collection.items) {
    item.topicIds = item.topicIds.map((id) => (id === gone.id ? parent.id : id));
  }
  return { source, output: exportList(listExportInput(collection, list), { now: new Date(0) }) };
}

function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i] as string]]));
}

describe('renaming a topic of an imported list', () => {
  it('renames its heading and its table-of-contents line in place, nothing else', () => {
    const { source, output } = renameAndExport('awesome-efficient-llm.md', {
      'Quantization / Projects': 'Quantization / Open-source projects',
    });
    expect(changedLines(source, output)).toEqual([
      ['\t\t- [Projects](#projects)', '\t\t- [Open-source projects](#open-source-projects)'],
      ['### Projects', '### Open-source projects'],
    ]);
    // Re-imported, the entries are in the renamed topic.
    const again = importList(output);
    expect(again.topics).toContain('Quantization / Open-source projects');
    expect(again.topics).not.toContain('Quantization / Projects');
  });

  it('renames a parent and carries its sub-topics along', () => {
    const { source, output } = renameAndExport('llm-info-readme.md', {
      Papers: 'Research papers',
    });
    expect(changedLines(source, output)).toEqual([['# Papers', '# Research papers']]);
    expect(importList(output).topics).toContain('Research papers / Optimization concepts');
  });

  it('leaves the file alone when nothing was renamed', () => {
    const { source, output } = renameAndExport('obsidian-transformers-note.md', {});
    expect(output).toBe(source);
  });
});

describe('deleting a topic of an imported list', () => {
  it('removes its heading and TOC line; its entries join the parent section', () => {
    const { source, output } = deleteAndExport('awesome-efficient-llm.md', 'Quantization / Other');
    const before = importList(source);
    const after = importList(output);
    expect(after.topics).not.toContain('Quantization / Other');
    expect(output).not.toContain('\t\t- [Other](#other)\n\t- [Distillation]');
    const moved = before.entries.filter((entry) => entry.topic === 'Quantization / Other');
    expect(moved.length).toBeGreaterThan(0);
    for (const entry of moved) {
      expect(after.entries.find((e) => e.capture.key === entry.capture.key)?.topic).toBe(
        'Quantization',
      );
    }
    // Everything else is as it was: the same entries in the same topics.
    const rest = (list: typeof before) =>
      list.entries
        .filter((entry) => !moved.some((m) => m.capture.key === entry.capture.key))
        .map((entry) => `${entry.topic}|${entry.capture.key}`);
    expect(rest(after)).toEqual(rest(before));
  });

  it('keeps a heading whose section still holds prose the importer kept', () => {
    const source = '# List\n\n## A\n\nSome words about A.\n\n- [x](https://x.org)\n\n## B\n';
    const collection = emptyCollection();
    const { list } = applyImportedList(collection, importList(source), source, {
      now: 1,
      newId: ids,
    });
    collection.topics = collection.topics.filter((topic) => topic.path !== 'A');
    for (const item of collection.items) item.topicIds = [];
    const output = exportList(listExportInput(collection, list), { now: new Date(0) });
    expect(output).toContain('## A\n\nSome words about A.\n');
    expect(output).not.toContain('https://x.org');
    expect(output).toContain('## B\n');
  });
});

/** Imports `source`, renames topic `from` to the name `to` as the library page does. */
function renamed(source: string, from: string, to: string): [string, string][] {
  const collection = emptyCollection();
  const { list } = applyImportedList(collection, importList(source), source, {
    now: 1,
    newId: ids,
  });
  const topic = collection.topics.find((t) => t.path === from);
  if (!topic) throw new Error(`no topic ${from}`);
  const parent = from.split(' / ').slice(0, -1);
  topic.path = [...parent, to].join(' / ');
  const output = exportList(listExportInput(collection, list), { now: new Date(0) });
  return changedLines(source, output);
}

describe('renaming a topic whose heading carries markup', () => {
  it('changes only the name: a back link after it stays, the TOC line follows', () => {
    const source = [
      '# L',
      '',
      '## Contents',
      '',
      '- [📖Pruning](#pruning-back)',
      '- [Other](#other)',
      '',
      '### 📖Pruning ([back](#contents))',
      '',
      '- [Wanda](https://arxiv.org/abs/2306.11695)',
      '',
      '### Other',
      '',
    ].join('\n');
    expect(renamed(source, 'Contents / 📖Pruning', '📖Sparsity')).toEqual([
      ['- [📖Pruning](#pruning-back)', '- [📖Sparsity](#sparsity-back)'],
      ['### 📖Pruning ([back](#contents))', '### 📖Sparsity ([back](#contents))'],
    ]);
  });

  it('keeps an HTML heading’s tags and id, and the TOC anchor that id gives', () => {
    const source = [
      '# L',
      '',
      '1. [**Vision**](#vision)',
      '2. [Language](#language)',
      '',
      '## <h3 id="vision">Vision</h3>',
      '',
      '- [ViT](https://arxiv.org/abs/2010.11929)',
      '',
      '## Language',
      '',
    ].join('\n');
    expect(renamed(source, 'Vision', 'Computer vision')).toEqual([
      ['1. [**Vision**](#vision)', '1. [**Computer vision**](#vision)'],
      ['## <h3 id="vision">Vision</h3>', '## <h3 id="vision">Computer vision</h3>'],
    ]);
  });

  it('keeps a linked heading’s link and a badge, and renames its line in an HTML TOC', () => {
    const source = [
      '# L',
      '',
      '<ul>',
      '<li><a href="#models-">1. Models</a></li>',
      '<li><a href="#data">2. Data</a></li>',
      '</ul>',
      '',
      '## [Models](#top) ![stars](https://img.shields.io/badge/x-y-z)',
      '',
      '- [LLaMA](https://arxiv.org/abs/2302.13971)',
      '',
      '## Data',
      '',
    ].join('\n');
    expect(renamed(source, 'Models', 'Models & more')).toEqual([
      [
        '<li><a href="#models-">1. Models</a></li>',
        '<li><a href="#models--more-">1. Models &amp; more</a></li>',
      ],
      [
        '## [Models](#top) ![stars](https://img.shields.io/badge/x-y-z)',
        '## [Models & more](#top) ![stars](https://img.shields.io/badge/x-y-z)',
      ],
    ]);
  });
});
