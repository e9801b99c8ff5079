/**
 * "Commit to GitHub" beside the export: the diff against the file as it is on GitHub now
 * (fetched fresh), the proposed message and the branch; "Commit", or "Open a pull request
 * instead". Changes that can no longer be applied are listed and nothing is committed.
 * Writes to one file go one at a time (a queue per file, for the whole page).
 */
import { useState } from 'preact/hooks';
import { hunks } from '../../../lib/diff';
import { readRemoteFile } from '../../../lib/github/contents';
import { isGitHubError } from '../../../lib/github/errors';
import type { PushPlan } from '../../../lib/github/plan';
import { openPullRequest } from '../../../lib/github/pull-request';
import { pushList, syncRef } from '../../../lib/github/push';
import { FileQueue, fileKey } from '../../../lib/github/queue';
import { loadListCollection, rememberPullRequest } from '../../../lib/github/store';
import type { Guard } from '../../../lib/store/guarded';
import type { List } from '../../../lib/types';
import type { Library } from '../useLibrary';
import { takeFile } from './take';
import type { GitHubState } from './useGitHub';

const writes = new FileQueue();

type Run = Library['run'];

interface Props {
  list: List;
  github: GitHubState;
  run: Run;
  now(): number;
  /** Space check and safety copy for writes that take a whole file (as Import Markdown). */
  guard(): Guard;
}

export function CommitPanel({ list, github, run, now, guard }: Props) {
  const [plan, setPlan] = useState<PushPlan | null>(null);
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<{ url: string; label: string } | null>(null);
  const [offerPr, setOfferPr] = useState(false);
  const [busy, setBusy] = useState(false);
  const ref = syncRef(list);

  async function busyWith<T>(work: () => Promise<T>): Promise<T> {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  }

  const prepare = () =>
    busyWith(() =>
      run(
        async (store) => {
          const { collection, list: fresh } = await loadListCollection(store, list.id);
          const remote = await readRemoteFile(github.client(), ref);
          return (await github.work()).planPush(collection, fresh, remote, new Date(now()));
        },
        (p) => {
          setPlan(p);
          setMessage(p.message);
          setLink(null);
          return p.conflicts.length
            ? 'Some changes can no longer be applied: nothing can be committed.'
            : p.nothingNew
              ? `Nothing new to commit: ${ref.path} on GitHub has everything in this list.`
              : '';
        },
        'Could not read the file on GitHub: ',
      ),
    );

  const commit = () =>
    busyWith(() =>
      run(
        (store) =>
          writes.run(fileKey(ref), async () => {
            const { collection, list: fresh } = await loadListCollection(store, list.id);
            const work = await github.work();
            try {
              const result = await pushList({
                client: github.client(),
                collection,
                list: fresh,
                now: () => new Date(now()),
                message,
                plan: work.planPush,
              });
              if (result.status === 'committed') {
                await takeFile(
                  store,
                  work,
                  ref,
                  { text: result.text, sha: result.sha },
                  {
                    listId: list.id,
                    guard: guard(),
                    ...(fresh.source === undefined ? {} : { currentSource: fresh.source }),
                  },
                );
              }
              return result;
            } catch (error) {
              if (isGitHubError(error, 'forbidden') || isGitHubError(error, 'protected'))
                setOfferPr(true);
              throw error;
            }
          }),
        (result) => {
          setPlan(result.plan);
          if (result.status === 'conflicts')
            return 'Nothing was committed: some changes can no longer be applied.';
          if (result.status === 'nothing-new') return 'Nothing new to commit.';
          setPlan(null);
          setLink(
            result.commitUrl ? { url: result.commitUrl, label: 'See the commit on GitHub' } : null,
          );
          return `Committed to ${ref.path} on ${ref.branch}: ${message || result.plan.message}.`;
        },
        'Nothing was committed, nothing is lost: ',
      ),
    );

  const pullRequest = () =>
    busyWith(() =>
      run(
        (store) =>
          writes.run(fileKey(ref), async () => {
            const { collection, list: fresh } = await loadListCollection(store, list.id);
            const result = await openPullRequest({
              client: github.client(),
              collection,
              list: fresh,
              now: () => new Date(now()),
              message,
              plan: (await github.work()).planPush,
            });
            if (result.status === 'opened') {
              await rememberPullRequest(store, fresh.id, {
                url: result.url,
                number: result.number,
                branch: result.branch,
              });
            }
            return result;
          }),
        (result) => {
          setPlan(result.plan);
          if (result.status === 'conflicts')
            return 'No pull request: some changes can no longer be applied.';
          if (result.status === 'nothing-new') return 'Nothing new to propose.';
          setPlan(null);
          setLink({ url: result.url, label: `Pull request #${result.number}` });
          return `Opened pull request #${result.number}${result.forked ? ` from your fork ${result.headRepo}` : ''}.`;
        },
        'No pull request was opened, nothing is lost: ',
      ),
    );

  const lines = plan ? hunks(plan.diff, 2) : [];
  return (
    <section class="commit-panel" aria-label="Commit to GitHub">
      <button type="button" class="primary" disabled={busy} onClick={prepare}>
        Commit to GitHub
      </button>
      {link && (
        <p>
          <a href={link.url} target="_blank" rel="noreferrer">
            {link.label}
          </a>
        </p>
      )}
      {plan && plan.conflicts.length > 0 && (
        <div role="alert">
          <p>
            These changes can no longer be applied to the file on GitHub; nothing will be committed:
          </p>
          <ul>
            {plan.conflicts.map((conflict) => (
              <li key={`${conflict.key}:${conflict.topic}`}>{conflict.message}</li>
            ))}
          </ul>
        </div>
      )}
      {plan && !plan.nothingNew && plan.conflicts.length === 0 && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void commit();
          }}
        >
          <p>
            Changes against {ref.path} on GitHub now, branch <code>{ref.branch}</code>:
          </p>
          <pre class="diff" title="Line diff against the file on GitHub">
            {lines.map((line, index) =>
              line.type === 'gap' ? (
                <div key={index} class="gap">
                  … {line.skipped} unchanged lines
                </div>
              ) : (
                <div key={index} class={line.type}>
                  {line.type === 'added' ? '+ ' : line.type === 'removed' ? '- ' : '  '}
                  {line.text}
                </div>
              ),
            )}
          </pre>
          <label for="commit-message">Commit message</label>
          <input
            id="commit-message"
            value={message}
            onInput={(event) => setMessage(event.currentTarget.value)}
          />
          <button type="submit" class="primary" disabled={busy || !github.settings.token}>
            Commit
          </button>{' '}
          <button type="button" disabled={busy || !github.settings.token} onClick={pullRequest}>
            Open a pull request instead
          </button>
          {!github.settings.token && (
            <p>Connect a GitHub token (the GitHub button above) to commit.</p>
          )}
          {offerPr && (
            <p>
              You cannot write to this branch: a pull request (from a fork if needed) still can.
            </p>
          )}
        </form>
      )}
    </section>
  );
}
