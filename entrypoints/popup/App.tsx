import { useEffect, useState } from 'preact/hooks';
import { ItemCard } from '../../components/ItemCard';
import { SaveForm } from '../../components/SaveForm';
import type { TabCapture } from '../../lib/capture';
import type { Capture, Topic } from '../../lib/types';
import type { PopupServices } from './services';

export const READY_MARK = 'paper-shelf:ready';

type Phase =
  | { name: 'loading' }
  | { name: 'ready'; tab: TabCapture }
  | { name: 'failed'; message: string };

export function App({ services }: { services: PopupServices }) {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [capture, setCapture] = useState<Capture | null>(null);
  const [enriching, setEnriching] = useState(false);
  const [topics, setTopics] = useState<Topic[]>([]);
  const [savedIn, setSavedIn] = useState<string[]>([]);
  const [note, setNote] = useState('');

  useEffect(() => {
    let live = true;
    services.topics().then(
      (found) => live && setTopics(found),
      () => undefined,
    );
    services.capture().then(
      async (tab) => {
        if (!live) return;
        setPhase({ name: 'ready', tab });
        const first = tab.kind === 'item' ? tab.capture : tab.kind === 'listing' ? tab.page : null;
        if (!first) return;
        setCapture(first);
        const known = await services.findItem(first.key).catch(() => undefined);
        if (live && known) {
          setSavedIn(known.places);
          setNote(known.item.note);
        }
        if (tab.kind === 'item' && needsEnrichment(first)) {
          setEnriching(true);
          const better = await services.enrich(first);
          if (!live) return;
          setCapture(better);
          setEnriching(false);
        }
      },
      (error: unknown) => live && setPhase({ name: 'failed', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [services]);

  useEffect(() => {
    // User Timing marks: `npm run bench` reads them (popup_ready_ms); they cost nothing.
    if (capture) performance.mark(READY_MARK);
  }, [capture !== null]);

  if (phase.name === 'loading') {
    return (
      <main class="popup" aria-busy="true">
        <p class="item-card placeholder">Reading the page…</p>
      </main>
    );
  }
  if (phase.name === 'failed') {
    return (
      <main class="popup">
        <p role="alert" class="status-error">
          Paper Shelf could not read this tab: {phase.message}
        </p>
      </main>
    );
  }
  if (phase.tab.kind === 'nothing' || !capture) {
    return (
      <main class="popup">
        <p role="status">{phase.tab.kind === 'nothing' ? phase.tab.reason : 'Nothing to save.'}</p>
      </main>
    );
  }
  return (
    <main class="popup">
      {phase.tab.kind === 'listing' && (
        <p class="muted">
          This is a listing of {phase.tab.entries.length} papers: use the Save button beside an
          entry to save that paper, or save the listing page itself below.
        </p>
      )}
      <ItemCard capture={capture} busy={enriching ? 'Fetching details…' : undefined} />
      <SaveForm
        key={capture.key}
        capture={capture}
        topics={topics}
        initialNote={note}
        savedIn={savedIn}
        onSave={services.save}
      />
    </main>
  );
}

/** A capture from a URL or a thin page: worth asking the site's API for the rest. */
function needsEnrichment(capture: Capture): boolean {
  return (capture.missing?.length ?? 0) > 0;
}
