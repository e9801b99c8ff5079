/**
 * What was captured, as the popup and the library show it: title, authors, id, and a plain
 * note of what could not be found. Text goes through Preact's escaping only: nothing a page
 * supplies is ever set as HTML.
 */
import { revealBidi } from '../lib/bidi';
import type { Capture } from '../lib/types';
import { captureFacts } from '../lib/capture-facts';
import { formatAuthors, identifierOf } from '../lib/item-line';

// Shared with the library's rows and the connections list (lib/item-line.ts).
export { formatAuthors, identifierOf };

const KIND_LABELS: Record<Capture['kind'], string> = {
  paper: 'Paper',
  repo: 'Repository',
  model: 'Model',
  dataset: 'Dataset',
  space: 'Space',
  page: 'Page',
};

export function ItemCard({ capture, busy }: { capture: Capture; busy?: string }) {
  const authors = formatAuthors(capture.authors);
  const missing = capture.missing?.filter((name) => name !== 'title') ?? [];
  const facts = captureFacts(capture);
  return (
    <article class="item-card" aria-label="Captured item">
      <p class="item-kind">
        <span class="badge">{KIND_LABELS[capture.kind]}</span>{' '}
        <span class="item-id">{identifierOf(capture)}</span>
      </p>
      <h1 class="item-title">{revealBidi(capture.title)}</h1>
      {authors && <p class="item-authors">{authors}</p>}
      {facts.length > 0 && <p class="item-facts">{facts.join(' · ')}</p>}
      {capture.description && <p class="item-description">{capture.description}</p>}
      {busy && <p class="item-note">{busy}</p>}
      {!busy && missing.length > 0 && (
        <p class="item-note">Not found on this page: {missing.join(', ')}.</p>
      )}
    </article>
  );
}
