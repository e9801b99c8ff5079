/**
 * `shelf bibtex <backup.json> [--list <name>] [--topic <path>] [--latex-accents]`: a list (or
 * one topic of it, with the topics under it) as a `.bib` file on stdout, with the keys the
 * extension writes: an item's stored key, else one assigned over the whole backup in saved
 * order, so adding items never changes an earlier item's key.
 */
import { bibliography, itemsToCite } from '../../lib/bibtex/bibliography';
import { findTopic } from '../../lib/collection/topics';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';
import { chooseList, readBackupFile } from './export';

const USAGE = `usage: shelf bibtex <backup.json> [--list <name>] [--topic <path>] [--latex-accents]

Writes the list's items as BibTeX to stdout. With one list in the backup, --list may be
left out. --topic cites one topic and the topics under it ("Papers / Optimization").
--latex-accents writes accented letters as LaTeX commands ({\\"o}) for 8-bit BibTeX.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { strings: ['list', 'topic'], flags: ['latex-accents'] },
    USAGE,
  );
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, extra] = parsed.positionals;
  if (extra !== undefined) {
    throw new CliError(`one backup at a time (got ${file} and ${extra})\n${USAGE}`);
  }
  if (!file) throw new CliError(USAGE);
  const backup = await readBackupFile(file);
  const list = chooseList(backup, parsed.values.list, file);
  const topic = parsed.values.topic;
  if (topic !== undefined && topic !== '' && !findTopic(backup, list.id, topic)) {
    const paths = backup.topics
      .filter((t) => t.listId === list.id && t.path)
      .map((t) => `"${t.path}"`)
      .join(', ');
    throw new CliError(
      `${file}: "${list.name}" has no topic "${topic}" (topics: ${paths || 'none'})`,
    );
  }
  const items = itemsToCite(backup, list, topic);
  const result = bibliography(items, backup.items, {
    latexAccents: parsed.flags['latex-accents'] === true,
  });
  process.stdout.write(result.text);
  return 0;
}
