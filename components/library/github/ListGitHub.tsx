/**
 * A list's link to its file on GitHub, under the list's name: where it lives and "Pull"
 * when connected; otherwise "Connect to GitHub" (a file URL, or owner/repo/branch/path).
 */
import { useState } from 'preact/hooks';
import { readRemoteFile } from '../../../lib/github/contents';
import { syncRef } from '../../../lib/github/push';
import { checkToken } from '../../../lib/github/token';
import { resolveFileRef } from '../../../lib/github/resolve-ref';
import { fileUrl } from '../../../lib/github/url';
import type { Guard } from '../../../lib/store/guarded';
import type { List } from '../../../lib/types';
import type { Library } from '../useLibrary';
import { takeFile } from './take';
import type { GitHubState } from './useGitHub';

type Run = Library['run'];

interface Props {
  list: List;
  github: GitHubState;
  run: Run;
  /** Space check and safety copy for writes that take a whole file (as Import Markdown). */
  guard(): Guard;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ListGitHub({ list, github, run, guard }: Props) {
  const [connecting, setConnecting] = useState(false);
  const [url, setUrl] = useState('');
  const sync = list.github;

  if (sync) {
    const ref = syncRef(list);
    return (
      <p class="list-github">
        On GitHub:{' '}
        <a href={fileUrl(ref, github.webHost)} target="_blank" rel="noreferrer">
          {sync.owner}/{sync.repo}/{sync.path}
        </a>{' '}
        ({sync.branch}), in sync since {new Date(sync.syncedAt).toLocaleString()}.{' '}
        <button
          type="button"
          onClick={() =>
            run(
              async (store) =>
                takeFile(
                  store,
                  await github.work(),
                  ref,
                  await readRemoteFile(github.client(), ref),
                  {
                    listId: list.id,
                    guard: guard(),
                    ...(list.source === undefined ? {} : { currentSource: list.source }),
                  },
                ),
              (r) =>
                `Pulled ${sync.path}: ${plural(r.created, 'new item')}${r.dropped ? `, ${r.dropped} no longer in the file` : ''}.`,
              'Nothing was pulled, your list is unchanged: ',
            )
          }
        >
          Pull
        </button>
        {sync.pullRequest && (
          <>
            {' '}
            Last pull request:{' '}
            <a href={sync.pullRequest.url} target="_blank" rel="noreferrer">
              #{sync.pullRequest.number}
            </a>
          </>
        )}
      </p>
    );
  }
  return (
    <div class="list-github">
      <button type="button" aria-expanded={connecting} onClick={() => setConnecting(!connecting)}>
        Connect to GitHub
      </button>
      {connecting && (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await run(
              async (store) => {
                const client = github.client();
                const ref = await resolveFileRef(client, url, github.webHost);
                const file = await readRemoteFile(client, ref);
                // With a token, say now whether commits can go straight to the branch.
                const access = client.authenticated ? await checkToken(client, ref) : undefined;
                const taken = await takeFile(store, await github.work(), ref, file, {
                  listId: list.id,
                  guard: guard(),
                  ...(list.source === undefined ? {} : { currentSource: list.source }),
                });
                return { ...taken, canPush: access?.canPush };
              },
              (r) =>
                `Connected “${r.list.name}” to ${url.trim()}: ${plural(r.created, 'new item')}.` +
                (r.canPush === false
                  ? ' The token cannot write to this repository: changes will go as pull requests from your fork.'
                  : ''),
              'The list was not connected: ',
            );
            if (done) setConnecting(false);
          }}
        >
          <label for="github-file">GitHub file (URL, or owner/repo/branch/path)</label>
          <input
            id="github-file"
            value={url}
            placeholder="https://github.com/owner/repo/blob/main/README.md"
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
          <button type="submit" class="primary">
            Connect
          </button>
        </form>
      )}
    </div>
  );
}
