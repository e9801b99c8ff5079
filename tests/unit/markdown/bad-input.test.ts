/** Files that are not text are refused whole; odd but valid Markdown imports and round-trips. */
import { describe, expect, it } from 'vitest';
import { importList, MarkdownImportError } from '../../../lib/markdown/index';
import { exportShelf, REPO, save, shelfFrom } from './helpers';

function importError(input: string | Uint8Array): MarkdownImportError {
  try {
    importList(input);
  } catch (error) {
    if (error instanceof MarkdownImportError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('input that is not a Markdown text file', () => {
  it('refuses binary bytes and names the line', () => {
    const bytes = new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
    const error = importError(bytes);
    expect(error.message).toMatch(/binary/);
    expect(error.line).toBe(2);
    expect(importError('# A\n\0').message).toMatch(/binary/);
  });

  it('refuses invalid UTF-8 and names the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('# A\n- b\n- c '), 0xc3, 0x28, 0x0a]);
    const error = importError(bytes);
    expect(error.message).toBe('line 3: the file is not valid UTF-8 text');
    expect(error.line).toBe(3);
  });

  it('refuses files over 20 MB before reading them', () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    expect(importError(big).message).toMatch(/larger than 20 MB/);
    expect(importError('a'.repeat(20 * 1024 * 1024 + 1)).line).toBe(0);
  });

  it('accepts a UTF-8 byte-order mark and keeps it', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('# T\n\n## A\n- [x](https://e.com/x)\n'),
    ]);
    const imported = importList(bytes);
    expect(imported.title).toBe('T');
    expect(imported.entries).toHaveLength(1);
  });
});

describe('odd structure imports and round-trips', () => {
  const cases: Record<string, string> = {
    'duplicate headings': '# L\n\n## A\n- [a](https://e.com/a)\n\n## A\n- [b](https://e.com/b)\n',
    'headings without items': '# L\n\n## A\n\n## B\n### C\n',
    'h6 nesting': '# L\n## 2\n### 3\n#### 4\n##### 5\n###### 6\n- [deep](https://e.com/deep)\n',
    'mixed styles in one section':
      '# L\n\n## A\n- [a](https://e.com/a)\n1. [b](https://e.com/b)\n- [ ] [c](https://e.com/c)\n- "D" - note\n',
    'lists inside block quotes':
      '# L\n\n## A\n> - [a](https://e.com/a)\n> - [b](https://e.com/b)\n>\n> prose\n',
    'setext headings and html':
      'Title\n=====\n\nSub\n---\n<div>\n- [not](https://e.com/in-html)\n</div>\n- [a](https://e.com/a)\n',
    'code fence with links': '# L\n\n```\n- [x](https://e.com/x)\n```\n- [y](https://e.com/y)\n',
    'empty file': '',
    'only blank lines': '\n\n\r\n',
  };

  it.each(Object.entries(cases))('%s', (_name, text) => {
    expect(exportShelf(shelfFrom(text))).toBe(text);
  });

  it('duplicate headings are one topic holding both sections', () => {
    const imported = importList(cases['duplicate headings'] ?? '');
    expect(imported.topics).toEqual(['A']);
    expect(imported.entries.map((entry) => entry.topic)).toEqual(['A', 'A']);
  });

  it('h6 nesting gives a six-part path, and a new sub-topic of it stays at level 6', () => {
    const text = cases['h6 nesting'] ?? '';
    expect(importList(text).topics).toContain('2 / 3 / 4 / 5 / 6');
    const shelf = shelfFrom(text);
    save(shelf, '2 / 3 / 4 / 5 / 6 / 7', REPO);
    expect(exportShelf(shelf)).toContain('###### 7\n- [trl](https://github.com/huggingface/trl)');
  });

  it('reads entries in block quotes, and edits keep the quote marker', () => {
    const text = cases['lists inside block quotes'] ?? '';
    const imported = importList(text);
    expect(imported.entries.map((entry) => entry.capture.url)).toEqual([
      'https://e.com/a',
      'https://e.com/b',
    ]);
    const shelf = shelfFrom(text);
    const item = shelf.collection.items.find((candidate) => candidate.url === 'https://e.com/b');
    if (item) Object.assign(item, { title: 'B!', editedAt: shelf.now + 1 });
    expect(exportShelf(shelf)).toBe(
      '# L\n\n## A\n> - [a](https://e.com/a)\n> - [B!](https://e.com/b)\n>\n> prose\n',
    );
  });

  it('ignores links in code fences and HTML blocks', () => {
    const urls = importList(cases['code fence with links'] ?? '').entries.map(
      (entry) => entry.capture.url,
    );
    expect(urls).toEqual(['https://e.com/y']);
  });
});

describe('tasks with text around the link', () => {
  it('reads the checkbox as the status and writes it back when marked read', () => {
    const text = '# L\n\n## A\n- [ ] Read [the paper](https://e.com/p) soon\n';
    const [entry] = importList(text).entries;
    expect(entry?.status).toBe('to-read');
    const shelf = shelfFrom(text);
    const item = shelf.collection.items[0];
    if (item) Object.assign(item, { status: 'read', editedAt: shelf.now + 1 });
    expect(exportShelf(shelf)).toBe('# L\n\n## A\n- [x] Read [the paper](https://e.com/p) soon\n');
  });
});

describe('front matter', () => {
  it('is YAML between rules at the top only when it has keys', () => {
    expect(importList('---\ntitle: x\n---\n# T\n\n## A\n').topics).toEqual(['A']);
    expect(importList('---\n# T\n---\n\n## A\n').title).toBe('T');
  });
});
