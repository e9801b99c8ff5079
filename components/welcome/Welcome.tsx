/**
 * The first-run welcome page: how to bring in the list you already keep (a file, a GitHub
 * URL), how to pin the toolbar button in this browser, and the save shortcut as the browser
 * has it (read from commands.getAll(), since the user or a clash may have changed it).
 * Every link leads into the library; nothing is loaded from the web.
 */

interface Props {
  /** Which browser's toolbar to explain: the build's (Chrome and Edge share one). */
  browser: 'chromium' | 'firefox';
  /** The save shortcut; '' when the browser has none set; undefined while it is read. */
  shortcut: string | undefined;
}

const LIBRARY = '/options.html';

export function Welcome({ browser, shortcut }: Props) {
  const shortcutsPage =
    browser === 'firefox'
      ? 'about:addons, the gear menu, “Manage Extension Shortcuts”'
      : 'chrome://extensions/shortcuts';
  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <div>
          <h1>Welcome to Paper Shelf</h1>
          <p class="lead">
            Save papers, repositories and models as you browse, file them under topics, and write
            each reading list back as Markdown, in the list’s own style.
          </p>
        </div>
      </header>

      <section aria-labelledby="welcome-import">
        <h2 id="welcome-import">1. Bring the list you already keep</h2>
        <div class="welcome-cards">
          <div class="welcome-card">
            <h3>From a file</h3>
            <p>
              A README or any Markdown reading list: Paper Shelf learns its headings, its entries’
              pattern and its table of contents, and writes new entries the same way. A BibTeX file
              works too.
            </p>
            <p class="welcome-links">
              <a class="button-link primary" href={`${LIBRARY}#import-markdown`}>
                Import a Markdown file
              </a>
              <a class="button-link" href={`${LIBRARY}#import-bibtex`}>
                Import a BibTeX file
              </a>
            </p>
          </div>
          <div class="welcome-card">
            <h3>From GitHub</h3>
            <p>
              Paste the address of the list’s file on GitHub, such as
              <code> https://github.com/owner/repo/blob/main/README.md</code>. Connect a token there
              to commit your changes back.
            </p>
            <p class="welcome-links">
              <a class="button-link" href={`${LIBRARY}#github`}>
                Import from a GitHub URL
              </a>
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">2. Pin the button to your toolbar</h2>
        {browser === 'firefox' ? (
          <ol>
            <li>Click the Extensions button (the puzzle piece) in the toolbar.</li>
            <li>Click the gear beside Paper Shelf, then “Pin to Toolbar”.</li>
          </ol>
        ) : (
          <ol>
            <li>Click the Extensions button (the puzzle piece) right of the address bar.</li>
            <li>
              Click the pin beside Paper Shelf. In Microsoft Edge: the eye, “Show in toolbar”.
            </li>
          </ol>
        )}
        <p>Then, on a paper, a repository or a model, click the button to file it under a topic.</p>
      </section>

      <section aria-labelledby="welcome-shortcut">
        <h2 id="welcome-shortcut">3. Or save with a key</h2>
        <p class="welcome-shortcut" aria-live="polite">
          {shortcut === undefined ? (
            'Reading your shortcut…'
          ) : shortcut ? (
            <>
              Press <kbd>{shortcut}</kbd> on a page to save it under the last topic used, without
              opening anything. To change the key, go to {shortcutsPage}.
            </>
          ) : (
            <>
              No key is set to save a page (another extension may hold it). Choose one at{' '}
              {shortcutsPage}.
            </>
          )}
        </p>
      </section>

      <p class="welcome-foot">
        <a class="button-link primary" href={LIBRARY}>
          Open your library
        </a>
      </p>
    </main>
  );
}
