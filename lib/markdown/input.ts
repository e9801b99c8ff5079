/**
 * What import accepts: text, or bytes that must be UTF-8 text. Binary files, broken
 * encodings and huge files are refused with a clear message before anything is parsed.
 */

/** Raised for input that cannot be imported; `line` is 1-based, 0 when not line-specific. */
export class MarkdownImportError extends Error {
  override name = 'MarkdownImportError';
  constructor(
    message: string,
    readonly line: number = 0,
  ) {
    super(line > 0 ? `line ${line}: ${message}` : message);
  }
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAtChar(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Index of the first byte where UTF-8 decoding fails (the decoder does not say). */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i] as number;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}

/** The input as a string, or a MarkdownImportError saying why it is not a Markdown file. */
export function decodeInput(input: string | Uint8Array): string {
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_BYTES) {
      throw new MarkdownImportError(`the file is larger than 20 MB (${input.length} characters)`);
    }
    const nul = input.indexOf('\0');
    if (nul >= 0)
      throw new MarkdownImportError(
        'the file is binary (it contains NUL bytes), not Markdown text',
        lineAtChar(input, nul),
      );
    return input;
  }
  if (input.byteLength > MAX_IMPORT_BYTES) {
    throw new MarkdownImportError(`the file is larger than 20 MB (${input.byteLength} bytes)`);
  }
  const nul = input.indexOf(0);
  if (nul >= 0)
    throw new MarkdownImportError(
      'the file is binary (it contains NUL bytes), not Markdown text',
      lineAtByte(input, nul),
    );
  try {
    // ignoreBOM keeps a byte-order mark in the text, so export can write it back.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
  } catch {
    const at = firstInvalidByte(input);
    throw new MarkdownImportError('the file is not valid UTF-8 text', lineAtByte(input, at));
  }
}
