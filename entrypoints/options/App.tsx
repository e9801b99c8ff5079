import { useEffect, useState } from 'preact/hooks';
import { ExportPanel } from '../../components/ExportPanel';
import { TopicTree } from '../../components/TopicTree';
import type { ListView } from '../../lib/store/shelf';
import type { LibraryServices } from './services';

export function App({ services }: { services: LibraryServices }) {
  const [views, setViews] = useState<ListView[] | null>(null);
  const [error, setError] = useState('');
  const [exported, setExported] = useState<{ listId: string; markdown: string } | null>(null);

  useEffect(() => {
    services
      .lists()
      .then((lists) => Promise.all(lists.map((list) => services.listView(list.id))))
      .then(setViews, (failure: unknown) => setError(String(failure)));
  }, [services]);

  async function exportList(listId: string) {
    try {
      setExported({ listId, markdown: await services.exportMarkdown(listId) });
    } catch (failure) {
      setError(`Export failed: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }

  return (
    <main class="library">
      <h1>Paper Shelf</h1>
      {error && (
        <p role="alert" class="status-error">
          {error}
        </p>
      )}
      {views === null && !error && <p class="muted">Loading your collection…</p>}
      {views?.length === 0 && (
        <p class="muted">
          Your collection is empty. Open a paper, repository or model and click the Paper Shelf
          button to save it.
        </p>
      )}
      {views?.map((view) => (
        <section key={view.list.id} class="list" aria-label={view.list.name}>
          <header class="list-header">
            <h2>{view.list.name}</h2>
            <span class="muted">
              {view.list.fileName} · {view.list.style}
            </span>
            <button type="button" class="primary" onClick={() => exportList(view.list.id)}>
              Export Markdown
            </button>
          </header>
          {exported?.listId === view.list.id && (
            <ExportPanel
              fileName={view.list.fileName}
              markdown={exported.markdown}
              onCopy={services.copy}
              onDownload={services.download}
            />
          )}
          <TopicTree view={view} />
        </section>
      ))}
    </main>
  );
}
