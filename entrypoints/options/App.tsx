/** The library page: composes the list bar, topics, filters, items, export and imports. */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BackupPanel } from '../../components/library/BackupPanel';
import { type BibtexImport, BibtexImportPanel } from '../../components/library/BibtexImportPanel';
import { FilterBar, type Filters, NO_FILTERS } from '../../components/library/FilterBar';
import { CommitPanel } from '../../components/library/github/CommitPanel';
import { GitHubAccount } from '../../components/library/github/GitHubAccount';
import { ListGitHub } from '../../components/library/github/ListGitHub';
import { useGitHub } from '../../components/library/github/useGitHub';
import {
  MarkdownImportPanel,
  type MarkdownImport,
} from '../../components/library/MarkdownImportPanel';
import { ItemList } from '../../components/library/ItemList';
import { SortSelect } from '../../components/library/SortSelect';
import { useRememberedView } from '../../components/library/useRememberedView';
import { backupFileName } from '../../components/library/backup-name';
import { useSearchShortcut } from '../../components/library/useSearchShortcut';
import { ListBar } from '../../components/library/ListBar';
import type { LibraryServices } from '../../components/library/services';
import { PageStatus } from '../../components/library/PageStatus';
import { TopicPanel } from '../../components/library/TopicPanel';
import { useLibrary } from '../../components/library/useLibrary';
import { defaultTopic, listPage } from '../../components/library/view';
import type { Move } from '../../lib/collection/items';
import { filterItems, isFiltering, queryTerms } from '../../lib/search';
import { type SortOrder, sortItems } from '../../lib/sort-items';
import {
  addTopic,
  createList,
  deleteTopic,
  mergeItems,
  moveItems,
  nestTopic,
  recordExport,
  removeItems,
  renameTopic,
  reorderTopic,
  updateItem,
  updateList,
} from '../../lib/collection/operations';
import type { Guard } from '../../lib/store/guarded';
import type { HeavyWork } from '../../lib/heavy/work';
import { parentTopicPath } from '../../lib/topic-path';

const NOTHING_PICKED = { scope: '', keys: new Set<string>() };

async function loadExportModule() {
  const [panel, input] = await Promise.all([
    import('../../components/library/ExportPanel'),
    import('../../lib/collection/list-export'),
  ]);
  return { ExportPanel: panel.ExportPanel, listExportInput: input.listExportInput };
}

/** The heavy reading and writing: the services' Worker, else (unit tests) run in place. */
async function heavyOf(services: LibraryServices): Promise<HeavyWork> {
  return services.heavy ?? (await import('../../lib/heavy/work')).heavyWork;
}

type ExportModule = Awaited<ReturnType<typeof loadExportModule>>;

/**
 * `start`: what the page was opened for (its URL's #fragment, as the welcome page links
 * to it): `import-markdown`, `import-bibtex` or `github` opens that panel at once.
 */
export function App({ services, start }: { services: LibraryServices; start?: string }) {
  const lib = useLibrary(services);
  const { data, run } = lib;
  const github = useGitHub(services.github, services.heavy);
  const [listId, setListId] = useState<string>();
  const [topicId, setTopicId] = useState<string>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>('added');
  useSearchShortcut('search');
  const [picked, setPicked] = useState<{ scope: string; keys: Set<string> }>(NOTHING_PICKED);
  const [markdown, setMarkdown] = useState<string | null>(null);
  // The Markdown engine, marked and DOMPurify load when first needed, not with the page.
  const [exportView, setExportView] = useState<ExportModule | null>(null);
  const [importing, setImporting] = useState(start === 'import-markdown');
  const [importingBibtex, setImportingBibtex] = useState(start === 'import-bibtex');
  const ready = useRef(false);

  const page = useMemo(() => data && listPage(data, listId), [data, listId]);
  const topic = page ? defaultTopic(page, topicId) : undefined;
  const filter = {
    query: filters.query,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.newOnly && page ? { keys: page.newKeys } : {}),
  };
  const searching = isFiltering(filter);
  useRememberedView(
    services.rememberedView,
    (view) => {
      setListId(view.listId);
      setTopicId(view.topicId);
      setSort(view.sort);
    },
    page ? { listId: page.list.id, ...(topic ? { topicId: topic.id } : {}), sort } : undefined,
  );
  const shown = useMemo(() => {
    if (!page) return [];
    const items = searching
      ? filterItems(page.items, filter)
      : ((topic && page.byTopic.get(topic.id)) ?? []);
    // Saved order is how the page holds them: sorting by it again would only cost time.
    return sort === 'added' ? items : sortItems(items, sort);
  }, [page, topic, searching, filters, sort]);

  useLayoutEffect(() => {
    // Navigation → first topic on screen, for the bench (bench/library.ts).
    if (data && !ready.current) {
      ready.current = true;
      performance.mark('paper-shelf:library-ready');
    }
    if (lib.complete) performance.mark('paper-shelf:library-complete');
  }, [data, lib.complete]);
  // A selection belongs to the list and topic it was made in: choosing another empties it.
  const scope = `${page?.list.id}:${topic?.id}`;
  const selection = picked.scope === scope ? picked.keys : NOTHING_PICKED.keys;
  const setSelection = (next: Set<string> | ((previous: Set<string>) => Set<string>)) =>
    setPicked((previous) => {
      const base = previous.scope === scope ? previous.keys : new Set<string>();
      return { scope, keys: typeof next === 'function' ? next(base) : next };
    });

  const list = page?.list;
  const now = () => services.now();
  /** Large writes check the space they need and keep a safety copy first. */
  const guard = (): Guard => ({
    now: now(),
    ...(services.estimate ? { estimate: services.estimate } : {}),
    ...(services.probeSpace ? { probe: services.probeSpace } : {}),
    ...(services.safety ? { safety: services.safety } : {}),
  });
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

  async function exportMarkdown() {
    if (!data || !list) return;
    try {
      const module = exportView ?? (await loadExportModule());
      setExportView(module);
      const heavy = await heavyOf(services);
      setMarkdown(await heavy.exportList(module.listExportInput(data, list)));
    } catch (error) {
      lib.setError(`Export failed: ${(error as Error).message}`);
    }
  }

  async function importFile(request: MarkdownImport): Promise<boolean> {
    const { importReadMarkdown } = await import('../../lib/store/markdown-list-import');
    const result = await run(
      async (store) =>
        importReadMarkdown(
          store,
          await (await heavyOf(services)).readMarkdown(request.input),
          request.listId
            ? { listId: request.listId }
            : { fileName: request.fileName || 'README.md' },
          guard(),
        ),
      (r) =>
        `${request.listId ? 'Refreshed' : 'Imported'} “${r.list.name}”: ${plural(r.created, 'new item')}, ${r.merged} already saved${r.dropped ? `, ${r.dropped} no longer in the file` : ''}.`,
      'Nothing was imported: ',
    );
    if (!result) return false;
    setListId(result.list.id);
    setMarkdown(null);
    return true;
  }

  /** One item's entry on the clipboard; its CITATION.cff asked for when it is a repository. */
  async function copyBibtex(key: string) {
    const { citeWithSources } = await import('../../lib/store/cite');
    const cited = await run((store) =>
      citeWithSources(store, { keys: [key] }, services.citationSources),
    );
    if (!cited) return;
    await services.copy(cited.text).then(
      () => lib.setStatus('BibTeX copied.'),
      (error: unknown) => lib.setError(`Could not copy: ${String(error)}`),
    );
  }

  /** The list, or one topic with the topics under it, as a .bib download. */
  async function exportBibtex(topicPath?: string) {
    if (!list) return;
    const [{ citeWithSources }, { bibFileName }] = await Promise.all([
      import('../../lib/store/cite'),
      import('../../lib/bibtex/bibliography'),
    ]);
    const sources = services.citationSources && { ...services.citationSources, cacheOnly: true };
    const cited = await run(
      (store) => citeWithSources(store, { list: { listId: list.id, topicPath } }, sources),
      (r) => `Exported ${r.count} ${r.count === 1 ? 'entry' : 'entries'} as BibTeX.`,
    );
    if (cited) services.download(bibFileName(list, topicPath), cited.text);
  }

  async function importBibtex(request: BibtexImport): Promise<boolean> {
    const { importBibtexFile } = await import('../../lib/store/import-bibtex');
    const result = await run(
      (store) =>
        importBibtexFile(
          store,
          request.text,
          { listId: request.listId, topic: request.topic },
          guard(),
        ),
      (r) =>
        `Imported into “${r.list.name}”: ${plural(r.created, 'new item')}, ${r.merged} already saved.`,
      'Nothing was imported, your collection is unchanged: ',
    );
    if (!result) return false;
    setListId(result.list.id);
    return true;
  }

  const topicsOfAll = data?.topics ?? [];
  return (
    <main class="library">
      <a class="skip-link" href="#search">
        Skip to search
      </a>
      <header class="library-header">
        <h1>Paper Shelf</h1>
        <div class="header-actions">
          <button type="button" onClick={() => setImporting(!importing)}>
            Import Markdown
          </button>
          <button type="button" onClick={() => setImportingBibtex(!importingBibtex)}>
            Import BibTeX
          </button>
          <BackupPanel
            onError={lib.setError}
            onExport={async () => {
              const { backupDocument } = await import('../../lib/store/backup-io');
              const text = await run(async (store) =>
                (await heavyOf(services)).writeBackup(await backupDocument(store, now())),
              );
              if (text) services.download(backupFileName(now()), text);
            }}
            onImport={async (text) =>
              (await run(
                async (store) =>
                  (await import('../../lib/store/backup-io')).restoreBackup(
                    store,
                    await (await heavyOf(services)).readBackup(text),
                    text.length,
                    guard(),
                  ),
                (c) =>
                  `Backup restored: ${plural(c.lists.length, 'list')}, ${plural(c.items.length, 'item')}.`,
                'The backup was not imported: ',
              )) !== undefined
            }
          />
          {github && services.github && (
            <GitHubAccount
              services={services.github}
              github={github}
              run={run}
              guard={guard}
              onImported={(id) => {
                setListId(id);
                setMarkdown(null);
              }}
              defaultOpen={start === 'github'}
            />
          )}
        </div>
      </header>
      {lib.safetyOffer && (
        // Not a live status: an offer that stays while the collection holds less.
        <p class="status-bar">
          Your collection holds less than before the last import (
          {plural(lib.safetyOffer.counts.items, 'item')} then).{' '}
          <button type="button" onClick={restoreSafetyCopy}>
            Restore the collection as it was before the last import
          </button>
        </p>
      )}
      <PageStatus status={lib.status} error={lib.error} undo={lib.undo} onUndo={lib.undoLast} />
      {importing && data && (
        <MarkdownImportPanel
          lists={data.lists}
          onImport={importFile}
          onClose={() => setImporting(false)}
        />
      )}
      {importingBibtex && data && (
        <BibtexImportPanel
          lists={data.lists}
          listId={list?.id}
          onImport={importBibtex}
          onClose={() => setImportingBibtex(false)}
        />
      )}
      {data === null && !lib.error && <p class="muted">Loading your collection…</p>}
      {data && !list && (
        <p class="muted">
          Your collection is empty. Open a paper, repository or model and click the Paper Shelf
          button to save it, or import a Markdown list you already keep.
        </p>
      )}
      {data && page && list && (
        <>
          <section class="list-section" aria-label={list.name}>
            <ListBar
              lists={data.lists}
              list={list}
              onSelect={(id) => {
                setListId(id);
                setMarkdown(null);
              }}
              onCreate={async (fields) => {
                const created = await run(
                  (store) => store.run(createList(fields)),
                  (c) => `Created “${c.result.name}”.`,
                );
                if (created) setListId(created.result.id);
              }}
              onUpdate={(l, patch) =>
                run(
                  (store) => store.run(updateList(l.id, patch)),
                  () => 'List saved.',
                )
              }
            />
            <div class="list-header">
              <h2>{list.name}</h2>
              <button type="button" class="primary" onClick={exportMarkdown}>
                Export Markdown
              </button>
              <button type="button" onClick={() => exportBibtex()}>
                Export BibTeX
              </button>
              {github && <ListGitHub list={list} github={github} run={run} guard={guard} />}
            </div>
            {markdown !== null && exportView && (
              <exportView.ExportPanel
                list={list}
                markdown={markdown}
                onCopy={services.copy}
                onDownload={services.download}
                onClose={() => setMarkdown(null)}
                onStatus={lib.setStatus}
                onError={lib.setError}
                onExported={() =>
                  run((store) =>
                    store.run(
                      recordExport(
                        list.id,
                        page.items.map((item) => item.key),
                      ),
                    ),
                  )
                }
              />
            )}
            {markdown !== null && github && list.github && (
              <CommitPanel list={list} github={github} run={run} now={now} guard={guard} />
            )}
          </section>
          {/* Before the tree in the page, so Tab reaches Search before the tree's controls. */}
          <FilterBar filters={filters} onChange={setFilters} newCount={page.newKeys.size}>
            <SortSelect value={sort} onChange={setSort} />
          </FilterBar>
          <div class="library-body">
            <aside class="sidebar">
              <TopicPanel
                listName={list.name}
                topics={page.topics}
                byTopic={lib.complete ? page.byTopic : undefined}
                selected={searching ? undefined : topic?.id}
                onSelect={(id) => {
                  setTopicId(id);
                  setFilters(NO_FILTERS);
                }}
                onDropItems={(keys, to) => {
                  if (keys.length) moveSelected(keys, to);
                }}
                onDropTopic={(id, parent) => {
                  setTopicId(id);
                  run(
                    (store) => store.run(nestTopic(id, parent.path)),
                    (c) => ({ message: 'Topic nested.', undo: c.undo }),
                  );
                }}
                onRename={(t, name) => {
                  // The chosen topic stays chosen, wherever the change puts it.
                  setTopicId(t.id);
                  run(
                    (store) => store.run(renameTopic(t.id, name)),
                    (c) => ({ message: 'Topic renamed.', undo: c.undo }),
                  );
                }}
                onMove={(t, direction) => {
                  setTopicId(t.id);
                  run(
                    (store) => store.run(reorderTopic(t.id, direction)),
                    (c) => ({ message: 'Topic moved.', undo: c.undo }),
                  );
                }}
                onNest={(t, parent) => {
                  setTopicId(t.id);
                  run(
                    (store) => store.run(nestTopic(t.id, parent)),
                    (c) => ({ message: 'Topic nested.', undo: c.undo }),
                  );
                }}
                onDelete={async (t) => {
                  // The parent is chosen at once, so the dialog hands focus back to its row.
                  const parentPath = parentTopicPath(t.path);
                  const parent = page.topics.find((other) => other.path === parentPath);
                  if (parent) setTopicId(parent.id);
                  const change = await run(
                    (store) => store.run(deleteTopic(t.id)),
                    (c) => ({
                      message: `Deleted topic “${t.path}”: ${plural(c.result.moved, 'item')} moved to ${c.result.parent.path || list.name}.`,
                      undo: c.undo,
                    }),
                  );
                  if (change) setTopicId(change.result.parent.id);
                }}
                onExportBibtex={(t) => exportBibtex(t.path)}
                onAdd={async (path) => {
                  const added = await run(
                    (store) => store.run(addTopic(list.id, path)),
                    (c) => ({ message: `Added topic “${c.result.path}”.`, undo: c.undo }),
                  );
                  if (added) setTopicId(added.result.id);
                }}
              />
            </aside>
            <div class="content">
              <ItemList
                items={shown}
                lists={data.lists}
                topics={topicsOfAll}
                heading={searching ? 'Results' : topic?.path || list.name}
                placesOf={
                  searching
                    ? (item) =>
                        item.topicIds
                          .map((id) => page.pathOf.get(id))
                          .filter(Boolean)
                          .join('; ')
                    : undefined
                }
                newKeys={page.newKeys}
                highlight={searching ? queryTerms(filters.query) : undefined}
                selection={selection}
                onSelection={setSelection}
                onRendered={() => performance.mark('paper-shelf:results')}
                onSave={(key, patch) =>
                  run(
                    (store) => store.run(updateItem(key, patch)),
                    (c) => ({ message: `Saved “${c.result.title}”.`, undo: c.undo }),
                  )
                }
                onMove={moveSelected}
                onCopyBibtex={copyBibtex}
                onDelete={(keys) =>
                  run(
                    (store) => store.run(removeItems(keys)),
                    (c) => ({
                      message:
                        c.result.length === 1
                          ? `Deleted “${c.result[0]?.title}”.`
                          : `Deleted ${plural(c.result.length, 'item')}.`,
                      undo: c.undo,
                    }),
                  ).then(() => setSelection(new Set()))
                }
                onMerge={(keep, drop) =>
                  run(
                    (store) => store.run(mergeItems(keep, drop)),
                    (c) => ({ message: `Merged into “${c.result.title}”.`, undo: c.undo }),
                  ).then(() => setSelection(new Set()))
                }
              />
            </div>
          </div>
        </>
      )}
    </main>
  );

  /**
   * Moves items out of the topic being browsed (or, in results, their topic in this list):
   * one operation, whatever topics the selection comes from, so it is all done or none.
   */
  function moveSelected(keys: string[], to: string) {
    if (!page) return;
    const wanted = new Set(keys);
    const moves: Move[] = [];
    for (const item of page.items) {
      if (!wanted.has(item.key)) continue;
      const from =
        !searching && topic ? topic.id : item.topicIds.find((id) => page.topicIds.has(id));
      moves.push(from === undefined ? { key: item.key } : { key: item.key, from });
    }
    run(
      (store) => store.run(moveItems(moves, to)),
      (c) => ({ message: `Moved ${plural(keys.length, 'item')}.`, undo: c.undo }),
    );
  }

  /** Puts back the safety copy the page offers (taken before the last import). */
  async function restoreSafetyCopy() {
    const copy = lib.safetyOffer;
    const safety = services.safety;
    if (!copy || !safety) return;
    await run(
      async (store) =>
        (await import('../../lib/store/backup-io')).restoreSafetyCopy(store, copy, {
          ...guard(),
          safety,
        }),
      (c) =>
        `Collection restored as it was before the last import: ${plural(c.lists.length, 'list')}, ${plural(c.items.length, 'item')}.`,
      'Nothing was restored: ',
    );
  }
}
