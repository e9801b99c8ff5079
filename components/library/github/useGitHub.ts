/**
 * The GitHub settings as loaded, a client made from them for each piece of work, and where
 * the text work of a sync runs: the page's Worker when it has one.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { createClient, DEFAULT_API_BASE, type GitHubClient } from '../../../lib/github/client';
import { webHostOf } from '../../../lib/github/url';
import type { HeavyWork } from '../../../lib/heavy/work';
import type { GitHubServices, GitHubSettings } from './services';

export interface GitHubState {
  settings: GitHubSettings;
  webHost: string;
  client(): GitHubClient;
  /**
   * Reading a file fetched from GitHub and planning a push: the Worker's (off the page's
   * thread), else (unit tests, a page without one) the same functions run in place.
   */
  work(): Promise<GitHubWork>;
  update(next: GitHubSettings): Promise<void>;
}

export type GitHubWork = Pick<HeavyWork, 'readMarkdown' | 'planPush'>;

/** Null when the page has no GitHub services (tests of other parts, a build without them). */
export function useGitHub(
  services: GitHubServices | undefined,
  heavy?: HeavyWork,
): GitHubState | null {
  const [settings, setSettings] = useState<GitHubSettings>({ apiBase: DEFAULT_API_BASE });
  useEffect(() => {
    services?.load().then(setSettings, () => undefined);
  }, [services]);
  const client = useCallback(
    () =>
      createClient({
        fetch: (url, init) => (services as GitHubServices).fetch(url, init),
        apiBase: settings.apiBase,
        ...(settings.token ? { token: settings.token } : {}),
        // The page waits for short rate-limit pauses only; longer ones become a message.
        maxWaitMs: 10_000,
      }),
    [services, settings],
  );
  const work = useCallback(
    async (): Promise<GitHubWork> => heavy ?? (await import('../../../lib/heavy/work')).heavyWork,
    [heavy],
  );
  const update = useCallback(
    async (next: GitHubSettings) => {
      await services?.save(next);
      setSettings(next);
    },
    [services],
  );
  let webHost = 'github.com';
  try {
    webHost = webHostOf(settings.apiBase);
  } catch {
    // A bad API base is refused when it is saved; keep github.com for links meanwhile.
  }
  return services ? { settings, webHost, client, work, update } : null;
}
