/**
 * The collection as one JSON document (backup, CLI input and output). Importing a backup is
 * all-or-nothing: `parseBackup` checks the text (lib/backup/json-scan.ts) and every field
 * (lib/backup/validate.ts) before anyone uses the result, and names the line of the first
 * problem. Writing is lib/backup/serialize.ts.
 */
import { migrateSlashedTopics } from '../slashed-topics';
import type { Backup } from '../types';
import { backupText, BackupTextError } from './decode';
import { formatPath, lineAt, lineOfPath, walkJson } from './json-scan';
import { checkBackup, Problem } from './validate';

export { backupText, MAX_BACKUP_BYTES, tooLarge } from './decode';
export { serializeBackup } from './serialize';

/** A backup is a few levels deep (root › items › item › arxiv): this is far beyond any. */
const MAX_DEPTH = 32;

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    message: string,
    /** 1-based line in the JSON text, 0 when unknown. */
    readonly line: number,
    /** Where in the document, e.g. `items[3].key`. */
    readonly path: string,
  ) {
    super(line > 0 ? `line ${line}: ${message}` : message);
  }
}

/**
 * Reads and checks a backup (a file's bytes in any of UTF-8, UTF-8 with a byte-order mark
 * or UTF-16, or its text); throws a BackupError naming the line of the first problem.
 */
export function parseBackup(input: string | Uint8Array): Backup {
  let text: string;
  try {
    text = backupText(input);
  } catch (error) {
    if (error instanceof BackupTextError) throw new BackupError(error.message, error.line, '');
    throw error;
  }
  // Syntax, keys given twice and nesting are found before JSON.parse sees the text.
  const problem = walkJson(text, MAX_DEPTH);
  if (problem) {
    const path = problem.path.length ? formatPath(problem.path) : '';
    throw new BackupError(problem.message, lineAt(text, problem.offset), path);
  }
  let backup: Backup;
  try {
    backup = checkBackup(JSON.parse(text));
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    const line = lineOfPath(text, error.at, MAX_DEPTH);
    throw new BackupError(error.message, line, formatPath(error.at));
  }
  // A backup written before a heading's own ` / ` was escaped in topic paths (slashed-topics.ts).
  return migrateSlashedTopics(backup);
}
