/**
 * `shelf pull <backup.json> [--list <name>]`: refreshes a connected list from its file on
 * GitHub (the refresh-from-file rules: entries the file dropped leave, everything saved
 * since stays); the file becomes the list's base for the next push.
 */
import { readRemoteFile } from '../../lib/github/contents';
import { syncRef } from '../../lib/github/push';
import { pullList } from '../../lib/github/sync';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';
import { clientFromEnv, onGitHub } from '../github';
import { chooseList, readBackupFile } from './export';
import { writeBackupFile } from './import';

const USAGE = `usage: shelf pull <backup.json> [--list <name>]

Refreshes the list from its file on GitHub (connect it first with shelf connect).
With one list in the backup, --list may be left out.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { strings: ['list'] }, USAGE);
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [backupFile, extra] = parsed.positionals;
  if (!backupFile || extra !== undefined) throw new CliError(USAGE);
  const backup = await readBackupFile(backupFile);
  const list = chooseList(backup, parsed.values.list, backupFile);
  const ref = await onGitHub(async () => syncRef(list));
  const client = clientFromEnv();
  const remote = await onGitHub(() => readRemoteFile(client, ref));
  if (list.github?.baseSha === remote.sha && list.source === remote.text) {
    process.stderr.write(`"${list.name}" is up to date with ${ref.path} on ${ref.branch}\n`);
    return 0;
  }
  const result = pullList(backup, list, ref, remote, Date.now());
  await writeBackupFile(backupFile, backup);
  process.stderr.write(
    `pulled ${ref.path} into "${list.name}": ${result.created} new items, ${result.dropped} no longer in the file\n`,
  );
  return 0;
}
