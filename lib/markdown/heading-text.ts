/**
 * A heading's text, read again from its lines when something asks for it: the parser keeps
 * no string per heading (heading-table.ts). It is the text marked's heading token holds:
 * an ATX line goes through marked's own heading rule (closing `#`s and all); a setext
 * heading's text is its lines above the underline, as the lexer saw them, trimmed.
 */
import { Lexer, Tokenizer } from 'marked';
import { unescapeInline } from './escape';
import { headingName } from './heading-name';
import { guardForLexer } from './lex-guard';
import type { LineTexts } from './line-texts';

export class HeadingTexts {
  private readonly tokenizer = new Tokenizer();
  /** Wires the tokenizer to marked's rules; its queue of inline work is emptied after each use. */
  private readonly lexer = new Lexer({ gfm: true, tokenizer: this.tokenizer });

  constructor(private readonly lines: LineTexts) {}

  /** The heading's Markdown text: no markers, no underline, trimmed. */
  private source(firstLine: number, line: number): string {
    if (firstLine === line) {
      const token = this.tokenizer.heading(this.lines.text(line));
      this.lexer.inlineQueue.length = 0;
      return token?.text.trim() ?? '';
    }
    const parts: string[] = [];
    for (let i = firstLine; i < line; i++) parts.push(this.lines.text(i));
    return guardForLexer(parts.join('\n')).trim();
  }

  /** The heading's text, escapes undone (`Heading.text`). */
  text(firstLine: number, line: number): string {
    return unescapeInline(this.source(firstLine, line));
  }

  /** The topic's name: the text without its markup (heading-name.ts), escapes undone. */
  name(firstLine: number, line: number): string {
    // Markup is read before unescaping, so an escaped `\[` is text, not a link.
    return unescapeInline(headingName(this.source(firstLine, line)));
  }
}
