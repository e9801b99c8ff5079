/**
 * marked's block tokens, handed over one at a time instead of as one array: the parser
 * reads each token's line range and kind and has no use for it afterwards, and 100,000
 * heading tokens held at once (with the inline work marked queues for each) took 90× the
 * file (issue 12.5). Tokens are lexed exactly as `Lexer.blockTokens` lexes them.
 */
import { Lexer, type Token } from 'marked';

/**
 * The array marked's block loop pushes the top-level tokens into. The loop only ever looks
 * back at the last token (it merges a following blank line, paragraph or definition into
 * it), so each token is handed on once the next one arrives, and the array holds one.
 */
class TokenSink extends Array<Token> {
  /** Methods such as map() make plain arrays, not sinks (they would lack `take`). */
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  constructor(
    private readonly lexer: Lexer,
    private readonly take: (token: Token) => void,
  ) {
    super();
  }

  override push(...tokens: Token[]): number {
    for (const token of tokens) {
      const last = this[0];
      if (last) this.take(last);
      this[0] = token;
      // The queue of inline work grows by one entry a paragraph or heading and is never run
      // (only block tokens are read). The loop may still amend the last entry (the last
      // token's text, when a paragraph continues), so that one stays.
      const queue = this.lexer.inlineQueue;
      if (queue.length > 1) queue.splice(0, queue.length - 1);
    }
    return this.length;
  }

  /** Hands on the last token, once the loop is done. */
  flush(): void {
    const last = this[0];
    this.length = 0;
    if (last) this.take(last);
  }
}

/** Calls `visit` with each top-level block token of `text` and its offset in `text`, in order. */
export function streamBlocks(text: string, visit: (token: Token, offset: number) => void): void {
  const lexer = new Lexer({ gfm: true });
  let offset = 0;
  const sink = new TokenSink(lexer, (token) => {
    const at = offset;
    offset += token.raw.length;
    visit(token, at);
  });
  lexer.blockTokens(text, sink);
  sink.flush();
}
