/**
 * The library page's GitHub services: the page's own `fetch`, and the settings (API address,
 * token, login) in `storage.local`: never `storage.sync`, never in a backup (backups are
 * read from IndexedDB), never logged.
 */
import { browser } from 'wxt/browser';
import type { GitHubServices, GitHubSettings } from '../../components/library/github/services';
import { DEFAULT_API_BASE } from '../../lib/github/client';

const KEY = 'github';

export function githubServices(): GitHubServices {
  // A GitHub App's client id, set at build time (WXT_GITHUB_CLIENT_ID=Iv1.… npm run build).
  const clientId = (import.meta.env.WXT_GITHUB_CLIENT_ID as string | undefined)?.trim();
  return {
    fetch: (url, init) => fetch(url, init),
    async load() {
      const stored = (await browser.storage.local.get(KEY))[KEY] as
        Partial<GitHubSettings> | undefined;
      return { apiBase: DEFAULT_API_BASE, ...stored };
    },
    async save(settings) {
      await browser.storage.local.set({ [KEY]: settings });
    },
    ...(clientId ? { clientId } : {}),
  };
}
