/**
 * Issue 12.5: hostile Markdown files import (or are refused) without a stack overflow, a
 * hang or a quadratic blow-up. Time budgets are `npm run bench` figures
 * (import_pathological_ms); these check that each file finishes and what it yields.
 */
import { describe, expect, it } from 'vitest';
import { importList } from '../../lib/markdown/index';
import { guardForLexer, MAX_LIST_INDENT, MAX_QUOTE_DEPTH } from '../../lib/markdown/lex-guard';
import { PATHOLOGICAL_FILES, pathologicalFile } from './pathological';

describe('pathological Markdown files', () => {
  it.each(PATHOLOGICAL_FILES.map((file) => [file.name, file] as const))(
    '%s imports without throwing',
    (_, file) => {
      expect(() => importList(file.build())).not.toThrow();
    },
  );

  it('reads every one of 20,000 headings as a topic', () => {
    const imported = importList(pathologicalFile('headings-20k').build());
    expect(imported.topics).toHaveLength(20_000);
    expect(imported.topics.at(-1)).toBe('Topic 19999');
  });

  it('reads thousands of nested quotes as text, never recursing per level', () => {
    expect(importList(pathologicalFile('nested-quotes-4k').build()).entries).toEqual([]);
  });
});

describe('the lexer guard', () => {
  it('leaves ordinary text as it is (the same string)', () => {
    const text = '# List\n\n> - [a](https://a.org)\n>   - [b](https://b.org)\n\n1. x\n';
    expect(guardForLexer(text)).toBe(text);
  });

  it('flattens quote levels past the limit into one letter and keeps every line', () => {
    const text = `${'> '.repeat(MAX_QUOTE_DEPTH + 3)}deep\nnext\n`;
    const guarded = guardForLexer(text);
    // One letter for the whole run: marked copies each level's text, and a line of 2,000
    // levels copied 8 times held 60x the file.
    expect(guarded).toBe(`${'> '.repeat(MAX_QUOTE_DEPTH)}x deep\nnext\n`);
    expect(guarded.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('still reads the lists of the deepest level kept, around a line nested past it', () => {
    const deep = '> '.repeat(MAX_QUOTE_DEPTH);
    const text = [
      `${deep}- [Attention](https://arxiv.org/abs/1706.03762)`,
      `${'> '.repeat(2_000)}- [Not read](https://arxiv.org/abs/1810.04805)`,
      `${deep}- [GPT](https://arxiv.org/abs/2005.14165)`,
      '',
      '- [T5](https://arxiv.org/abs/1910.10683)',
      '',
    ].join('\n');
    const titles = importList(text).entries.map((entry) => entry.capture.title);
    expect(titles).toEqual(['Attention', 'GPT', 'T5']);
  });

  it('flattens list markers indented past the limit, bullet or number', () => {
    const deep = ' '.repeat(MAX_LIST_INDENT);
    expect(guardForLexer(`${deep}- a\n${deep}12. b\n`)).toBe(`${deep}x a\n${deep}12x b\n`);
    const shallow = ' '.repeat(MAX_LIST_INDENT - 2);
    expect(guardForLexer(`${shallow}- a\n`)).toBe(`${shallow}- a\n`);
  });

  it('still finds entries in quotes and nested lists of ordinary depth', () => {
    const text = [
      '## Papers',
      '',
      '> > - [Attention](https://arxiv.org/abs/1706.03762)',
      '',
      '1. Group:',
      '   - [BERT](https://arxiv.org/abs/1810.04805)',
      '     - [GPT](https://example.org/gpt)',
      '',
    ].join('\n');
    const titles = importList(text).entries.map((entry) => entry.capture.title);
    expect(titles).toEqual(['Attention', 'BERT']);
  });
});

describe('links that never close', () => {
  it('reads the links around thousands of unclosed openers', () => {
    const text = `- [Real](https://arxiv.org/abs/1706.03762) ${'[a]('.repeat(20_000)}\n`;
    const [entry] = importList(text).entries;
    expect(entry?.capture.key).toBe('arxiv:1706.03762');
  });

  it('skips a code span that closes, and does not stall on runs that do not', () => {
    const text = `- ${'`x'.repeat(5_000)} [Real](https://github.com/a/b)\n`;
    expect(importList(text).entries[0]?.capture.key).toBe('github:a/b');
  });
});
