/**
 * What was captured, as the popup and the library show it: title, authors, id, and a plain
 * note of what could not be found. Text goes through Preact's escaping only: nothing a page
 * supplies is ever set as HTML.
 */
import { revealBidi } from '../lib/bidi';
import type { Capture } from '../lib/types';
import { captureFacts } from './capture-facts';

const KIND_LABELS: Record<Capture['kind'], string> = {
  paper: 'Paper',
  repo: 'Repository',
  model: 'Model',
  dataset: 'Dataset',
  space: 'Space',
  page: 'Page',
};

export function identifierOf(capture: Capture): string {
  if (capture.arxiv) {
    const version = capture.arxiv.version ? `v${capture.arxiv.version}` : '';
    return `arXiv:${capture.arxiv.id}${version}`;
  }
  if (capture.repo) return `${capture.repo.owner}/${capture.repo.name}`;
  if (capture.hub) return capture.hub.id;
  // Entries imported from a list without a link (a wiki line) have no URL at all.
  try {
    return new URL(capture.url).host;
  } catch {
    return capture.url || 'no link';
  }
}

export function formatAuthors(authors: string[] | undefined, max = 6): string {
  if (!authors?.length) return '';
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')} and ${authors.length - max} more`;
}

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
