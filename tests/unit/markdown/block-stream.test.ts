/**
 * block-stream.ts hands marked's block tokens over one at a time, and its offsets are where
 * each token starts. They must be the tokens `Lexer.blockTokens` gives for the whole text,
 * whatever marked merges into its last token (a blank line, a paragraph's continuation, a
 * link definition): the parser maps each to its lines by these offsets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { streamBlocks } from '../../../lib/markdown/block-stream';

const WRITTEN = [
  'para\n\n[a]: https://a.org\n\nnext para\n',
  'para\n[a]: https://a.org\ncontinued\n- item\n  continued\n\n- loose\n',
  '# H\nSetext\n===\n\n> quote\nlazy\n\n```\ncode\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  '<div>\nhtml\n</div>\n\ntext *with* inline [link](x)\nand more\n\n\n\n- [ ] task\n',
  'no final newline',
  '',
];

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/lists');
const LISTS = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.existing.md'))
  .map((name) => readFileSync(resolve(FIXTURES, name), 'utf8'));

describe('streamBlocks', () => {
  it.each([...WRITTEN, ...LISTS].map((text, i) => [i, text] as const))(
    'gives the tokens of Lexer.blockTokens, at their offsets (text %i)',
    (_, text) => {
      const streamed: Token[] = [];
      const offsets: number[] = [];
      streamBlocks(text, (token, offset) => {
        streamed.push(token);
        offsets.push(offset);
      });
      const whole = new Lexer({ gfm: true }).blockTokens(text, []);
      expect(streamed).toEqual(whole);
      let at = 0;
      for (const [i, token] of whole.entries()) {
        expect(offsets[i]).toBe(at);
        expect(text.startsWith(token.raw, at)).toBe(true);
        at += token.raw.length;
      }
    },
  );
});
