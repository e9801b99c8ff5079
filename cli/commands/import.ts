/**
 * `shelf import <list.md> [--name <list>] --out <backup.json>`: reads a Markdown reading list
 * in any of the supported styles into a backup, keeping the file itself so `shelf export`
 * gives the same bytes back.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { serializeBackup } from '../../lib/backup';
import { defaultNewId, emptyCollection } from '../../lib/collection/collection';
import { runInMemory } from '../../lib/collection/memory';
import { importMarkdown } from '../../lib/collection/import-operation';
import { importList, MarkdownImportError } from '../../lib/markdown/index';
import type { Backup } from '../../lib/types';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';
import { readBackupFile } from './export';

const USAGE = `usage: shelf import <list.md> [--name <list>] [--file-name <name>] --out <backup.json>

Reads the Markdown list into a backup. If <backup.json> exists already, the list is added
to it (items of the same work are merged into one record); otherwise a new backup is made.
--name names the list (default: the file's single # title, else "Imported list");
--file-name is the file the list exports to (default: the Markdown file's name).`;

/** Writes through a temporary file so a failed run leaves the old backup as it was. */
export async function writeBackupFile(file: string, backup: Backup): Promise<void> {
  const text = serializeBackup({ ...backup, exportedAt: new Date().toISOString() });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    throw new CliError(
      `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

async function existingBackup(file: string): Promise<Backup | null> {
  try {
    await readFile(file);
  } catch {
    return null;
  }
  return readBackupFile(file);
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { strings: ['name', 'file-name', 'out'] }, USAGE);
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [input, extra] = parsed.positionals;
  if (extra !== undefined) {
    throw new CliError(`one list at a time (got ${input} and ${extra})\n${USAGE}`);
  }
  const { name, out } = parsed.values;
  const fileName = parsed.values['file-name'];
  if (!input || !out) throw new CliError(USAGE);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(input));
  } catch (error) {
    throw new CliError(
      `cannot read ${input} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let imported: ReturnType<typeof importList>;
  let source: string;
  try {
    imported = importList(bytes);
    source = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof MarkdownImportError) throw new CliError(`${input}: ${error.message}`);
    throw error;
  }
  const backup: Backup = (await existingBackup(out)) ?? {
    format: 'paper-shelf-backup',
    version: 1,
    exportedAt: '',
    ...emptyCollection(),
  };
  const listName = name ?? imported.title ?? 'Imported list';
  if (backup.lists.some((list) => list.name === listName)) {
    throw new CliError(
      `${out}: a list named "${listName}" exists already; choose another with --name`,
    );
  }
  // The same operation as the library's "Import Markdown", on the backup held in memory.
  const { result } = runInMemory(
    backup,
    importMarkdown({ imported, source, name: listName, fileName: fileName ?? baseName(input) }),
    { now: Date.now(), newId: defaultNewId },
  );
  await writeBackupFile(out, backup);
  process.stderr.write(
    `imported "${result.list.name}" (${imported.style}): ${imported.topics.length} topics, ` +
      `${imported.entries.length} entries, ${result.created} new items, ${result.merged} merged\n`,
  );
  return 0;
}
