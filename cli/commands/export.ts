/**
 * `shelf export <backup.json> [--list <name>]`: one list of a backup as Markdown on stdout,
 * byte for byte what the extension's export writes (an imported list keeps its file's bytes
 * except where the collection changed it).
 */
import { readFile } from 'node:fs/promises';
import { BackupError, parseBackup } from '../../lib/backup';
import { listExportInput } from '../../lib/collection/list-export';
import { exportList } from '../../lib/markdown/index';
import type { Backup, List } from '../../lib/types';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';

const USAGE = `usage: shelf export <backup.json> [--list <name>] [--now <ISO time>]

Writes the list as Markdown to stdout. With one list in the backup, --list may be left out.
--now sets the time written into an obsidian note's time_modified (default: now).`;

/** Reads and checks a backup file; problems become CliErrors naming the file and line. */
export async function readBackupFile(file: string): Promise<Backup> {
  let bytes: Uint8Array;
  try {
    // Bytes: parseBackup reads UTF-8, with or without a byte-order mark, and UTF-16.
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return parseBackup(bytes);
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/** The list `--list` names (by name, or id), or the only one; otherwise an error listing names. */
export function chooseList(backup: Backup, name: string | undefined, file: string): List {
  const names = backup.lists.map((list) => `"${list.name}"`).join(', ');
  if (name !== undefined) {
    const found =
      backup.lists.find((list) => list.name === name) ??
      backup.lists.find((list) => list.id === name);
    if (!found) throw new CliError(`${file}: no list named "${name}" (lists: ${names || 'none'})`);
    return found;
  }
  if (backup.lists.length === 1) return backup.lists[0] as List;
  if (backup.lists.length === 0) throw new CliError(`${file}: the backup has no lists`);
  throw new CliError(
    `${file}: the backup has ${backup.lists.length} lists; choose one with --list (${names})`,
  );
}

/** Value of an option that takes one (`--list x` or `--list=x`); advances the index. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { strings: ['list', 'now'] }, USAGE);
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, extra] = parsed.positionals;
  if (extra !== undefined) {
    throw new CliError(`one backup at a time (got ${file} and ${extra})\n${USAGE}`);
  }
  const listName = parsed.values.list;
  const now = parsed.values.now === undefined ? new Date() : new Date(parsed.values.now);
  if (Number.isNaN(now.getTime())) throw new CliError(`--now: not a time: ${parsed.values.now}`);
  if (!file) throw new CliError(USAGE);
  const backup = await readBackupFile(file);
  const list = chooseList(backup, listName, file);
  process.stdout.write(exportList(listExportInput(backup, list), { now }));
  return 0;
}
