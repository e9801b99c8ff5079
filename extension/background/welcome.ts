/**
 * The first-run welcome page: opened once, when the extension is installed, never when it
 * is updated, reloaded, or the browser updates (runtime.onInstalled fires for those too).
 */

/** The page's path inside the extension (entrypoints/welcome/). */
export const WELCOME_PATH = '/welcome.html';

interface InstallDetails {
  reason: string;
}

interface WelcomeDeps {
  /** The extension's URL of a path (`runtime.getURL`). */
  url(path: typeof WELCOME_PATH): string;
  /** Opens a tab (`tabs.create`). */
  openTab(properties: { url: string }): Promise<unknown>;
}

/** Opens the welcome page on a fresh install; says whether it did. */
export async function welcomeOnInstall(
  details: InstallDetails,
  deps: WelcomeDeps,
): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await deps.openTab({ url: deps.url(WELCOME_PATH) });
  return true;
}
