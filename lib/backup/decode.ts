/**
 * A backup file's bytes (or text) as the JSON text to parse, the same for the CLI and the
 * library page: refused when too large, with a UTF-8 byte-order mark dropped, and UTF-16
 * (with a byte-order mark, or without one as RFC 4627 detects it from the zero bytes
 * around the first ASCII character) decoded like UTF-8.
 */

export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Thrown for a file that is no backup text at all; `line` is 1-based, 0 when unknown. */
export class BackupTextError extends Error {
  constructor(
    message: string,
    readonly line = 0,
  ) {
    super(message);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function tooLarge(size: number): BackupTextError {
  return new BackupTextError(
    `the file is ${megabytes(size)}; backups larger than ${megabytes(MAX_BACKUP_BYTES)} are refused`,
  );
}

function encodingOf(bytes: Uint8Array): { encoding: string; skip: number } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (bytes.length >= 2 && a === 0 && b !== 0) return { encoding: 'utf-16be', skip: 0 };
  if (bytes.length >= 2 && a !== 0 && b === 0) return { encoding: 'utf-16le', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/** The JSON text of a backup file, or a BackupTextError saying why there is none. */
export function backupText(input: string | Uint8Array): string {
  if (typeof input === 'string') {
    // Characters, not bytes: the same as bytes for the ASCII a backup mostly is.
    if (input.length > MAX_BACKUP_BYTES) throw tooLarge(input.length);
    return input.startsWith('\uFEFF') ? input.slice(1) : input;
  }
  if (input.byteLength > MAX_BACKUP_BYTES) throw tooLarge(input.byteLength);
  const { encoding, skip } = encodingOf(input);
  const body = input.subarray(skip);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Where the first undecodable byte is: the lossy decoding marks it with U+FFFD.
    const lossy = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const at = lossy.indexOf('\uFFFD');
    const line = at < 0 ? 0 : lossy.slice(0, at).split('\n').length;
    throw new BackupTextError(`the file is not valid ${encoding.toUpperCase()} text`, line);
  }
}
