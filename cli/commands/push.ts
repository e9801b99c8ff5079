/**
 * `shelf push <backup.json> [--list <name>] [--pr] [--message <text>]`: commits what the
 * list changed since its last sync to its file on GitHub, re-applied onto the file as it is
 * now; with --pr, opens a pull request instead (from a fork when the token may not write).
 * Nothing new: writes nothing, says so. A change that can no longer be applied: names it,
 * writes nothing, exits 1.
 */
import { defaultNewId } from '../../lib/collection/collection';
import { rememberPullRequest } from '../../lib/collection/github-sync';
import { runInMemory } from '../../lib/collection/memory';
import { openPullRequest, type PullRequestResult } from '../../lib/github/pull-request';
import { type PushResult, pushList, syncRef } from '../../lib/github/push';
import { afterPush } from '../../lib/github/sync';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';
import { clientFromEnv, needsToken, onGitHub } from '../github';
import { chooseList, readBackupFile } from './export';
import { writeBackupFile } from './import';

const USAGE = `usage: shelf push <backup.json> [--list <name>] [--pr] [--message <text>]

Commits the list's changes since the last pull or push to its file on GitHub (someone else's
changes to the file meanwhile are kept). --pr opens a pull request from a paper-shelf/ branch
instead, from a fork when the token cannot write to the repository. --message replaces the
proposed commit message. Needs GITHUB_TOKEN; GITHUB_API_URL sets the API.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { strings: ['list', 'message'], flags: ['pr'] }, USAGE);
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [backupFile, extra] = parsed.positionals;
  if (!backupFile || extra !== undefined) throw new CliError(USAGE);
  const backup = await readBackupFile(backupFile);
  const list = chooseList(backup, parsed.values.list, backupFile);
  const ref = await onGitHub(async () => syncRef(list));
  needsToken();
  const client = clientFromEnv();
  const options = {
    client,
    collection: backup,
    list,
    now: () => new Date(),
    ...(parsed.values.message ? { message: parsed.values.message } : {}),
  };
  const result = await onGitHub<PushResult | PullRequestResult>(() =>
    parsed.flags.pr ? openPullRequest(options) : pushList(options),
  );
  if (result.status === 'nothing-new') {
    process.stderr.write(`nothing new in "${list.name}" since the last sync: nothing written\n`);
    return 0;
  }
  if (result.status === 'conflicts') {
    const lines = result.plan.conflicts.map((conflict) => `  - ${conflict.message}`).join('\n');
    throw new CliError(
      `nothing was committed: ${result.plan.conflicts.length} change(s) can no longer be applied to ${ref.path}:\n${lines}\nPull (shelf pull) to take GitHub's version, then file those items again.`,
    );
  }
  if (result.status === 'opened') {
    // The rulebook's operation, on the backup held in memory (as the library page runs it).
    runInMemory(
      backup,
      rememberPullRequest(list.id, {
        url: result.url,
        number: result.number,
        branch: result.branch,
      }),
      { now: Date.now(), newId: defaultNewId },
    );
    await writeBackupFile(backupFile, backup);
    process.stderr.write(
      `${result.plan.message}: pull request ${result.url}${result.forked ? ` (from the fork ${result.headRepo})` : ''}\n`,
    );
    process.stdout.write(`${result.url}\n`);
    return 0;
  }
  afterPush(backup, list, ref, { text: result.text, sha: result.sha }, Date.now());
  await writeBackupFile(backupFile, backup);
  process.stderr.write(
    `committed to ${ref.owner}/${ref.repo}/${ref.path} on ${ref.branch}: ${parsed.values.message ?? result.plan.message}${result.commitUrl ? `\n${result.commitUrl}` : ''}\n`,
  );
  return 0;
}
