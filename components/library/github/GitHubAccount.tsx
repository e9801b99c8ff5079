/**
 * The library's GitHub settings: a fine-grained token pasted (checked with `GET /user`
 * before it is kept) or, where a GitHub App is configured, "Sign in with GitHub" (device
 * flow); the API address for GitHub Enterprise Server; "Disconnect" forgets the token.
 * Also where a list is imported from a GitHub file URL.
 */
import { useState } from 'preact/hooks';
import { createClient, normalizeApiBase } from '../../../lib/github/client';
import { pollForToken, requestDeviceCode, type DeviceCode } from '../../../lib/github/device-flow';
import { readRemoteFile } from '../../../lib/github/contents';
import { takeFile } from './take';
import { checkToken, maskToken, newTokenUrl } from '../../../lib/github/token';
import { resolveFileRef } from '../../../lib/github/resolve-ref';
import type { Guard } from '../../../lib/store/guarded';
import type { GitHubServices } from './services';
import type { Library } from '../useLibrary';
import type { GitHubState } from './useGitHub';

type Run = Library['run'];

interface Props {
  services: GitHubServices;
  github: GitHubState;
  run: Run;
  /** Space check and safety copy for writes that take a whole file (as Import Markdown). */
  guard(): Guard;
  /** A list was imported from GitHub: show it. */
  onImported(listId: string): void;
  /** Open at first (the page was opened for it, e.g. from the welcome page). */
  defaultOpen?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function GitHubAccount(props: Props) {
  const { services, github, run, guard, onImported } = props;
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const [token, setToken] = useState('');
  const [apiBase, setApiBase] = useState('');
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [device, setDevice] = useState<DeviceCode | null>(null);
  const { settings } = github;

  async function keep(candidate: string) {
    setError('');
    try {
      const base = normalizeApiBase(apiBase || settings.apiBase);
      const client = createClient({ fetch: services.fetch, apiBase: base, token: candidate });
      const { login } = await checkToken(client);
      await github.update({ apiBase: base, token: candidate, login });
      setToken('');
      setMessage(`Connected to GitHub as @${login}.`);
    } catch (failure) {
      setError(`The token was not kept: ${(failure as Error).message}`);
    }
  }

  async function signIn(clientId: string) {
    setError('');
    try {
      const webBase = `https://${github.webHost}`;
      const code = await requestDeviceCode({ fetch: services.fetch, clientId, webBase });
      setDevice(code);
      const granted = await pollForToken({ fetch: services.fetch, clientId, webBase, code });
      setDevice(null);
      await keep(granted);
    } catch (failure) {
      setDevice(null);
      setError((failure as Error).message);
    }
  }

  return (
    <div class="github-account">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        GitHub
      </button>
      {open && (
        <section class="github-panel" aria-label="GitHub">
          {settings.token ? (
            <p>
              Connected as <strong>@{settings.login ?? '?'}</strong> ({maskToken(settings.token)}
              {settings.apiBase === 'https://api.github.com' ? '' : `, ${settings.apiBase}`}).{' '}
              <button
                type="button"
                onClick={async () => {
                  await github.update({ apiBase: settings.apiBase });
                  setMessage('Disconnected: the token is forgotten.');
                }}
              >
                Disconnect
              </button>
            </p>
          ) : (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (token.trim()) void keep(token.trim());
              }}
            >
              <label for="github-token">Fine-grained token</label>
              <input
                id="github-token"
                type="password"
                autocomplete="off"
                value={token}
                onInput={(event) => setToken(event.currentTarget.value)}
              />
              <label for="github-api">API address</label>
              <input
                id="github-api"
                type="url"
                placeholder={settings.apiBase}
                value={apiBase}
                onInput={(event) => setApiBase(event.currentTarget.value)}
              />
              <button type="submit" class="primary">
                Connect
              </button>{' '}
              <a href={newTokenUrl(github.webHost)} target="_blank" rel="noreferrer">
                Create a token on GitHub
              </a>{' '}
              (Contents: read and write; Pull requests: read and write). It is kept in this browser
              only, and sent to the GitHub API only.
              {services.clientId && (
                <p>
                  <button type="button" onClick={() => signIn(services.clientId as string)}>
                    Sign in with GitHub
                  </button>
                </p>
              )}
            </form>
          )}
          {device && (
            <p role="status">
              Enter the code <strong>{device.userCode}</strong> at{' '}
              <a href={device.verificationUri} target="_blank" rel="noreferrer">
                {device.verificationUri}
              </a>
              ; this page waits for GitHub.
            </p>
          )}
          <form
            onSubmit={async (event) => {
              event.preventDefault();
              if (!url.trim()) return;
              const imported = await run(
                async (store) => {
                  const client = github.client();
                  const ref = await resolveFileRef(client, url, github.webHost);
                  const file = await readRemoteFile(client, ref);
                  return takeFile(store, await github.work(), ref, file, { guard: guard() });
                },
                (r) => `Imported “${r.list.name}” from GitHub: ${plural(r.created, 'new item')}.`,
                'Nothing was imported, your collection is unchanged: ',
              );
              if (imported) {
                setUrl('');
                onImported(imported.list.id);
              }
            }}
          >
            <label for="github-import">Import a list from a GitHub file</label>
            <input
              id="github-import"
              type="url"
              placeholder="https://github.com/owner/repo/blob/main/README.md"
              value={url}
              onInput={(event) => setUrl(event.currentTarget.value)}
            />
            <button type="submit">Import from GitHub</button>
          </form>
          {message && <p role="status">{message}</p>}
          {error && (
            <p role="alert" class="status-error">
              {error}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
