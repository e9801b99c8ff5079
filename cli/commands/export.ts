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
import { CliError } from '../errors';

const USAGE = `usage: shelf export <backup.json> [--list <name>] [--now <ISO time>]

Writes the list as Markdown to stdout. With one list in the backup, --list may be left out.
--now sets the time written into an obsidian note's time_modified (default: now).`;

/** Reads and checks a backup file; problems become CliErrors naming the file and line. */
export async function readBackupFile(file: string): Promise<Backup> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return parseBackup(text);
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
export function optionValue(args: string[], index: number, name: string, usage: string): string {
  const arg = args[index] ?? '';
  if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  const value = args[index + 1];
  if (value === undefined) throw new CliError(`${name} needs a value\n${usage}`);
  return value;
}

export async function run(args: string[]): Promise<number> {
  let file: string | undefined;
  let listName: string | undefined;
  let now = new Date();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (arg === '--list' || arg.startsWith('--list=')) {
      listName = optionValue(args, i, '--list', USAGE);
      if (arg === '--list') i++;
    } else if (arg === '--now' || arg.startsWith('--now=')) {
      const value = optionValue(args, i, '--now', USAGE);
      if (arg === '--now') i++;
      now = new Date(value);
      if (Number.isNaN(now.getTime())) throw new CliError(`--now: not a time: ${value}`);
    } else if (arg.startsWith('--')) {
      throw new CliError(`unknown option ${arg}\n${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new CliError(`one backup at a time (got ${file} and ${arg})\n${USAGE}`);
    }
  }
  if (!file) throw new CliError(USAGE);
  const backup = await readBackupFile(file);
  const list = chooseList(backup, listName, file);
  process.stdout.write(exportList(listExportInput(backup, list), { now }));
  return 0;
}
