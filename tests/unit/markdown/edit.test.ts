/** FORMATS.md §2: editing, moving or deleting an item changes only that item's lines. */
import { describe, expect, it } from 'vitest';
import { findTopic } from '../../../lib/collection/topics';
import { importList } from '../../../lib/markdown/index';
import { parseDocument } from '../../../lib/markdown/parse';
import type { Item } from '../../../lib/types';
import { exportShelf, IMPORTED_AT, readSeed, type Shelf, shelfFrom } from './helpers';

const LATER = IMPORTED_AT + 3_600_000;

function itemOf(shelf: Shelf, key: string): Item {
  const item = shelf.collection.items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
}

function edit(shelf: Shelf, key: string, change: Partial<Item>): void {
  Object.assign(itemOf(shelf, key), change, { editedAt: LATER });
}

/** Line range of the first entry with `key` in `text`. */
function entryLines(text: string, key: string): { start: number; end: number } {
  const entry = parseDocument(text).entries.find((candidate) => candidate.capture.key === key);
  if (!entry) throw new Error(`no entry ${key}`);
  return { start: entry.start, end: entry.end };
}

/** Asserts `after` equals `before` outside the entry's lines; returns the entry's new lines. */
function changedOnly(before: string, after: string, key: string): string[] {
  const { start, end } = entryLines(before, key);
  const a = before.split('\n');
  // obsidian's time_modified is the one other line a change may touch.
  const stamp = /^time_modified: .*$/m.exec(before)?.[0];
  const b = (stamp ? after.replace(/^time_modified: .*$/m, stamp) : after).split('\n');
  const tail = a.length - end;
  expect(b.slice(0, start)).toEqual(a.slice(0, start));
  expect(b.slice(b.length - tail)).toEqual(a.slice(end));
  return b.slice(start, b.length - tail);
}

const TITLE_EDITS: [string, string][] = [
  ['awesome-efficient-llm.md', 'arxiv:2404.02948'],
  ['llm-info-papers.md', 'github:mlgroupjlu/llm-eval-survey'],
  ['llm-info-readme.md', 'github:fasterdecoding/medusa'],
  ['llm-wiki.md', 'title:tensorrt-llm'],
  ['obsidian-transformers-note.md', 'url:https://blog.langchain.dev'],
];

describe('editing an item', () => {
  it.each(TITLE_EDITS)('a new title in %s rewrites only its entry', (name, key) => {
    const seed = readSeed(name);
    const shelf = shelfFrom(seed);
    const title = 'A *new* [title] with `code`';
    edit(shelf, key, { title });
    const out = exportShelf(shelf);
    const lines = changedOnly(seed, out, key);
    expect(lines.join('\n')).toContain('A \\*new\\* \\[title\\] with \\`code\\`');
    const again = importList(out).entries.find((entry) => entry.capture.title === title);
    expect(again, 'the new title reads back').toBeDefined();
  });

  it('keeps what it does not own: prefix, code links, extra links, citation', () => {
    const papers = readSeed('llm-info-papers.md');
    const shelf = shelfFrom(papers);
    const key =
      importList(papers).entries.find((entry) => entry.capture.title.startsWith('You Only Cache'))
        ?.capture.key ?? '';
    edit(shelf, key, { note: 'read §3' });
    expect(changedOnly(papers, exportShelf(shelf), key)).toEqual([
      '4. YOCO: [You Only Cache Once: decoder-decoder architectures for language models](https://github.com/vvchernov/LLM_info/blob/main/papers/optimization/yoco.pdf) ([code](https://aka.ms/YOCO)) - read §3',
    ]);

    const awesome = readSeed('awesome-efficient-llm.md');
    const shelf2 = shelfFrom(awesome);
    edit(shelf2, 'arxiv:2307.05695', { note: 'rank grows with training' });
    const lines = changedOnly(awesome, exportShelf(shelf2), 'arxiv:2307.05695');
    expect(lines[0]).toMatch(
      /^- \*\*Stack More Layers Differently: High-Rank Training Through Low-Rank Updates\*\*, `arXiv, 2307.05695`, .*cication: \[\*\*2\*\*\]\(https:\/\/scholar/,
    );
    expect(lines[2]).toMatch(/^\t \*Vladislav Lialin, .*\* ¬∑ \(\[peft_pretraining\]/);
    expect(lines[3]).toBe('\t- `rank grows with training`');
  });

  it('marks an obsidian task read, and a wiki note changes', () => {
    const note = readSeed('obsidian-transformers-note.md');
    const shelf = shelfFrom(note);
    const key = 'url:https://blog.eleuther.ai/rotary-embeddings';
    edit(shelf, key, { status: 'read' });
    expect(changedOnly(note, exportShelf(shelf), key)).toEqual([
      '- [x] [Rotary Embeddings: A Relative Revolution | EleutherAI Blog](https://blog.eleuther.ai/rotary-embeddings/)',
    ]);

    const wiki = readSeed('llm-wiki.md');
    const shelf2 = shelfFrom(wiki);
    edit(shelf2, 'title:tensorrt-llm', { note: 'NVIDIA - fast' });
    expect(changedOnly(wiki, exportShelf(shelf2), 'title:tensorrt-llm')).toEqual([
      '- TensorRT-LLM - NVIDIA - fast',
    ]);
  });

  it('does not rewrite an entry the user has not touched since the import', () => {
    const seed = readSeed('llm-info-readme.md');
    const shelf = shelfFrom(seed);
    // A later capture fills in a fuller title, but the user edited nothing.
    Object.assign(itemOf(shelf, 'github:fasterdecoding/medusa'), {
      title: 'Medusa: simple LLM inference acceleration',
    });
    expect(exportShelf(shelf)).toBe(seed);
  });
});

describe('moving and deleting', () => {
  it('deleting an item removes only its lines', () => {
    for (const [name, key] of TITLE_EDITS) {
      const seed = readSeed(name);
      const shelf = shelfFrom(seed);
      shelf.collection.items = shelf.collection.items.filter((item) => item.key !== key);
      const lines = changedOnly(seed, exportShelf(shelf), key);
      expect(lines, name).toEqual([]);
    }
  });

  it('deleting one of blank-separated entries takes its separating blank line too', () => {
    const text =
      '# L\n\n## A\n\n- [a](https://example.com/a)\n\n- [b](https://example.com/b)\n\n- [c](https://example.com/c)\n';
    const shelf = shelfFrom(text);
    shelf.collection.items = shelf.collection.items.filter(
      (item) => item.key !== 'url:https://example.com/b',
    );
    expect(exportShelf(shelf)).toBe(
      '# L\n\n## A\n\n- [a](https://example.com/a)\n\n- [c](https://example.com/c)\n',
    );
  });

  it('moving an item removes it from its old topic and adds it to the new one', () => {
    const seed = readSeed('llm-info-readme.md');
    const shelf = shelfFrom(seed);
    const key = 'github:apache/tvm';
    const from = findTopic(shelf.collection, shelf.list.id, 'Frameworks');
    const to = findTopic(shelf.collection, shelf.list.id, 'Open source projects');
    const item = itemOf(shelf, key);
    item.topicIds = item.topicIds.filter((id) => id !== from?.id).concat(to?.id ?? '');
    item.editedAt = LATER;
    const out = exportShelf(shelf);
    const frameworks = out.slice(out.indexOf('# Frameworks'), out.indexOf('# Common information'));
    expect(frameworks).not.toContain('TVM');
    expect(out).toContain(
      '2. [Medusa](https://github.com/FasterDecoding/Medusa) is a simple framework that democratizes the acceleration techniques for LLM generation with multiple decoding heads.\n3. [TVM](https://github.com/apache/tvm)\n\n# Frameworks',
    );
    const seedLines = seed.split('\n');
    const outLines = out.split('\n');
    expect(outLines.length).toBe(seedLines.length);
    expect(outLines.filter((line, index) => line !== seedLines[index]).length).toBeLessThanOrEqual(
      8,
    );
  });
});
