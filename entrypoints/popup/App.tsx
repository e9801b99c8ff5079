import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { Connections } from '../../components/Connections';
import { CopyBibtex } from '../../components/CopyBibtex';
import { ItemCard } from '../../components/ItemCard';
import { PopupHeader } from '../../components/PopupHeader';
import type { TabCapture } from '../../extension/tab-capture';
import type { TopicSuggestion } from '../../lib/suggest';
import type { Capture, Item } from '../../lib/types';
import type { FilingContext, PopupServices } from './services';

/** Set when the captured item is on screen: `npm run bench` reads it (popup_ready_ms). */
export const READY_MARK = 'paper-shelf:ready';

type Phase =
  { name: 'loading' } | { name: 'ready'; tab: TabCapture } | { name: 'failed'; message: string };

export function App({ services }: { services: PopupServices }) {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [capture, setCapture] = useState<Capture | null>(null);
  const [enriching, setEnriching] = useState(false);
  const [context, setContext] = useState<FilingContext | null>(null);
  // Undefined until ranked: the form waits for the ranking before it prefills a topic.
  const [suggestions, setSuggestions] = useState<TopicSuggestion[] | undefined>(undefined);
  const [connected, setConnected] = useState<Item[]>([]);
  const [chosenList, setChosenList] = useState<string | undefined>(undefined);
  const [FileForm, loadFileForm] = useFileForm();
  const slow = useSlowSignal(capture === null);

  // A layout effect, so the answer is awaited from the first commit: a plain effect waits
  // for the first frame to be painted, and the content script usually answers before that.
  useLayoutEffect(() => {
    let live = true;
    services.capture().then(
      (tab) => {
        if (!live) return;
        setPhase({ name: 'ready', tab });
        const first = tab.kind === 'item' ? tab.capture : tab.kind === 'listing' ? tab.page : null;
        if (first) setCapture(first);
      },
      (error: unknown) => live && setPhase({ name: 'failed', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [services]);

  // Once the item is in the DOM (a layout effect runs then, not a frame later): the ready
  // mark, then everything else the popup shows. None of it is asked for ahead of the item.
  useLayoutEffect(() => {
    if (phase.name !== 'ready' || !capture) return;
    performance.mark(READY_MARK);
    loadFileForm();
    let live = true;
    services.filingContext(capture).then(
      (found) => live && setContext(found),
      (error: unknown) => live && setPhase({ name: 'failed', message: String(error) }),
    );
    services.connections(capture).then(
      (found) => live && setConnected(found),
      () => undefined, // a missing connection list is no reason to stop filing
    );
    if (phase.tab.kind === 'item' && (capture.missing?.length ?? 0) > 0) {
      setEnriching(true);
      // Shown here only: a save made before the answer is completed by the background, which
      // asks the API itself (extension/background/late-details.ts) and outlives the popup.
      services.enrich(capture).then((better) => {
        if (!live) return;
        setCapture(better);
        setEnriching(false);
      });
    }
    services.suggestTopics(capture).then(
      (found) => live && setSuggestions(found),
      () => live && setSuggestions([]), // suggestions are a convenience: none is fine
    );
    return () => {
      live = false;
    };
  }, [capture !== null]);

  const listId = chosenList ?? context?.listId;
  const header = (
    <PopupHeader
      listName={context?.lists.find((list) => list.id === listId)?.name}
      onOpenLibrary={() => services.openLibrary()}
    />
  );

  if (phase.name === 'loading') {
    // Blank for the few milliseconds most tabs take to answer, so nothing flashes; a tab
    // that takes longer (a page read through the injected script) gets the notice.
    return (
      <main class="popup" aria-busy="true">
        {header}
        <p class="item-card placeholder">{slow ? 'Reading the page…' : ''}</p>
      </main>
    );
  }
  if (phase.name === 'failed') {
    return (
      <main class="popup">
        {header}
        <p role="alert" class="status-error">
          Paper Shelf could not read this tab: {phase.message}
        </p>
      </main>
    );
  }
  if (phase.tab.kind === 'nothing' || !capture) {
    return (
      <main class="popup">
        {header}
        <p role="status" class="nothing">
          {phase.tab.kind === 'nothing' ? phase.tab.reason : 'Nothing to save.'}
        </p>
      </main>
    );
  }
  return (
    <main class="popup">
      {header}
      {phase.tab.kind === 'listing' && (
        <p class="muted">
          This is a listing of {phase.tab.entries.length} papers: use the Save button beside an
          entry to save that paper, or save the listing page itself below.
        </p>
      )}
      <ItemCard capture={capture} busy={enriching ? 'Fetching details…' : undefined} />
      {services.copyBibtex && (
        <CopyBibtex onCopy={() => services.copyBibtex?.(capture) ?? Promise.resolve()} />
      )}
      <Connections items={connected} />
      {context && FileForm ? (
        <FileForm
          key={capture.key}
          capture={capture}
          context={context}
          suggestions={suggestions}
          onSave={async (request) => {
            const result = await services.save(request);
            services.changed();
            services.completeDetails(result.item.key);
            return result;
          }}
          onRemove={async (key) => {
            const removed = await services.remove(key);
            services.changed();
            return removed;
          }}
          onRemoveFromList={async (key, listId) => {
            const before = await services.removeFromList(key, listId);
            services.changed();
            return before;
          }}
          onListChange={setChosenList}
          onCopyMarkdown={
            services.copyMarkdown &&
            ((request) => services.copyMarkdown?.(request) ?? Promise.resolve())
          }
          onRestore={async (item) => {
            await services.restore(item);
            services.changed();
          }}
        />
      ) : (
        <div class="file-form placeholder" aria-hidden="true" />
      )}
    </main>
  );
}

/** How long a tab may take to answer before the popup says it is still reading it. */
export const SLOW_CAPTURE_MS = 150;

/** True once `waiting` has lasted SLOW_CAPTURE_MS. */
function useSlowSignal(waiting: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setSlow(true), SLOW_CAPTURE_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  return slow;
}

type FileFormComponent = typeof import('../../components/FileForm').FileForm;

/**
 * The form's code (topic picker, fuzzy matching) is fetched once the item is on screen:
 * fetched earlier, it would compete with the tab's answer for the main thread.
 */
function useFileForm(): [FileFormComponent | null, () => void] {
  const [component, setComponent] = useState<FileFormComponent | null>(null);
  const load = useCallback(() => {
    import('../../components/FileForm').then((module) => setComponent(() => module.FileForm));
  }, []);
  return [component, load];
}
