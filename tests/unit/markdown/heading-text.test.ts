/**
 * The parser keeps no string per heading: a heading's text is read again from its lines
 * when asked (heading-text.ts). It must be the text marked's heading token held, for ATX
 * and setext headings alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { unescapeInline } from '../../../lib/markdown/escape';
import { HeadingTexts } from '../../../lib/markdown/heading-text';
import { guardForLexer } from '../../../lib/markdown/lex-guard';
import { LineIndex, lineSpan } from '../../../lib/markdown/line-index';
import { LineStore } from '../../../lib/markdown/line-store';

const WRITTEN = [
  '# Title #\n## Closing ## \n### Not closing#\n#### \\# escaped \\[x\\] &amp; <br> [link](#a)\n',
  'Setext\n===\n\nTwo line\n  setext heading  \n---\n\n   Indented\n===\n',
  'Lazy line\n                                    - not a list\n===\n',
  '<a name="x"></a>\nAfter an anchor\n===\n\n#\n##    \n',
];

/** The saved lists (with their headings) and the written fixtures. */
const LISTS = ['tests/fixtures/markdown', 'tests/fixtures/lists'].flatMap((dir) =>
  readdirSync(resolve(process.cwd(), dir))
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(resolve(process.cwd(), dir, name), 'utf8'))
    .filter((text) => /^#/m.test(text)),
);

describe('HeadingTexts', () => {
  it.each([...WRITTEN, ...LISTS].map((text, i) => [i, text] as const))(
    "reads each heading's text as marked's token holds it (text %i)",
    (_, text) => {
      const texts = new HeadingTexts(new LineStore(text));
      const index = new LineIndex(text, 0);
      let offset = 0;
      let headings = 0;
      for (const token of new Lexer({ gfm: true }).blockTokens(guardForLexer(text), [])) {
        if (token.type === 'heading') {
          const span = lineSpan(index, offset, token.raw);
          expect(texts.text(span.first, span.end - 1)).toBe(unescapeInline(token.text.trim()));
          headings++;
        }
        offset += token.raw.length;
      }
      expect(headings).toBeGreaterThan(0);
    },
  );
});
