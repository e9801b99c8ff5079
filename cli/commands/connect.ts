/**
 * `shelf connect <backup.json> <github file URL> [--list <name>]`: reads the file from
 * GitHub and makes a list of it (creating the backup when it does not exist), or links the
 * list of that name to it and refreshes it from the file.
 */
import { readFile } from 'node:fs/promises';
import { emptyCollection } from '../../lib/collection/collection';
import { readRemoteFile } from '../../lib/github/contents';
import { connectList } from '../../lib/github/sync';
import { resolveFileRef } from '../../lib/github/resolve-ref';
import { webHostOf } from '../../lib/github/url';
import type { Backup } from '../../lib/types';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';
import { clientFromEnv, onGitHub } from '../github';
import { readBackupFile } from './export';
import { writeBackupFile } from './import';

const USAGE = `usage: shelf connect <backup.json> <github file URL> [--list <name>]

Reads the file (https://github.com/owner/repo/blob/branch/path.md) from GitHub into a list of
the backup, created if it does not exist. With --list naming an existing list, that list is
linked to the file and refreshed from it (what was saved since stays); otherwise a new list
is made, named --list or after the file's title. Public repositories need no token;
GITHUB_TOKEN is used when set, GITHUB_API_URL sets the API (GitHub Enterprise Server).`;

async function backupOrNew(file: string): Promise<Backup> {
  try {
    await readFile(file);
  } catch {
    return { format: 'paper-shelf-backup', version: 1, exportedAt: '', ...emptyCollection() };
  }
  return readBackupFile(file);
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { strings: ['list'] }, USAGE);
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [backupFile, url, extra] = parsed.positionals;
  if (!backupFile || !url || extra !== undefined) throw new CliError(USAGE);
  const client = clientFromEnv();
  const ref = await onGitHub(() => resolveFileRef(client, url, webHostOf(client.apiBase)));
  const backup = await backupOrNew(backupFile);
  const remote = await onGitHub(() => readRemoteFile(client, ref));
  const name = parsed.values.list;
  const result = connectList(backup, ref, remote, { ...(name ? { name } : {}), now: Date.now() });
  await writeBackupFile(backupFile, backup);
  process.stderr.write(
    `${result.created ? 'created' : 'linked'} "${result.list.name}" with ${ref.owner}/${ref.repo}/${ref.path} on ${ref.branch}: ${result.entries} entries\n`,
  );
  return 0;
}
