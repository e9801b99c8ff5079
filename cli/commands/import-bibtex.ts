/**
 * `shelf import refs.bib --out <backup.json> [--list <name>] [--topic <path>]`: every entry of a
 * `.bib` file filed under one topic of a list (created when new). All or nothing: a bad
 * entry is named with its line and the backup is left as it was.
 */
import { readFile } from 'node:fs/promises';
import { importBibtex } from '../../lib/bibtex/import';
import { BibtexReadError } from '../../lib/bibtex/read';
import { importBibtexOperation } from '../../lib/collection/bibtex';
import { DEFAULT_LIST_NAME, defaultNewId, emptyCollection } from '../../lib/collection/collection';
import { runInMemory } from '../../lib/collection/memory';
import { createList } from '../../lib/collection/operations';
import type { Backup } from '../../lib/types';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';
import { readBackupFile } from './export';
import { writeBackupFile } from './import';

const USAGE = `usage: shelf import <refs.bib> --out <backup.json> [--list <name>] [--topic <path>]

Files every entry of the .bib file under --topic (default: the list itself) of --list
(default: the backup's only list, else a new "${DEFAULT_LIST_NAME}"). An arXiv eprint becomes
the arXiv record, a DOI the DOI record, a URL what it links to.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { strings: ['out', 'list', 'topic'] }, USAGE);
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [input, extra] = parsed.positionals;
  if (extra !== undefined) throw new CliError(`one file at a time (got ${input} and ${extra})`);
  const { out } = parsed.values;
  if (!input || !out) throw new CliError(USAGE);
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${input} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let entries: ReturnType<typeof importBibtex>;
  try {
    entries = importBibtex(text);
  } catch (error) {
    if (error instanceof BibtexReadError) throw new CliError(`${input}: ${error.message}`);
    throw error;
  }
  const backup: Backup = (await existing(out)) ?? {
    format: 'paper-shelf-backup',
    version: 1,
    exportedAt: '',
    ...emptyCollection(),
  };
  // The same operations the library page runs, on the backup held in memory: the file is
  // written only when every step succeeded.
  const context = { now: Date.now(), newId: defaultNewId };
  const name = parsed.values.list;
  const list =
    (name === undefined && backup.lists.length === 1 ? backup.lists[0] : undefined) ??
    backup.lists.find((l) => l.name === name || l.id === name) ??
    runInMemory(
      backup,
      createList({ name: name ?? DEFAULT_LIST_NAME, fileName: 'README.md', style: 'plain' }),
      context,
    ).result;
  const topic = parsed.values.topic ?? '';
  const { result } = runInMemory(
    backup,
    importBibtexOperation({ entries, listId: list.id, topic }),
    context,
  );
  await writeBackupFile(out, backup);
  process.stderr.write(
    `imported ${entries.length} entries into "${list.name}"${topic ? ` › ${topic}` : ''}: ` +
      `${result.created} new items, ${result.merged} merged\n`,
  );
  return 0;
}

async function existing(file: string): Promise<Backup | null> {
  try {
    await readFile(file);
  } catch {
    return null;
  }
  return readBackupFile(file);
}
