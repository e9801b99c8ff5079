/**
 * Details that arrive after a save (issue 12.3). A save never waits for the sites' APIs:
 * on an arXiv PDF tab it stores the id as the title and no authors. When the API answers
 * later, the background merges the answer into the stored record, by these rules:
 * - only a field nobody has changed since the save is filled: a title or note the user
 *   edited meanwhile (in the library, in a second save) wins over the API;
 * - the title is replaced only when the saved one was a stand-in (marked missing, or the
 *   URL or id itself);
 * - topics, note, status and list are never touched (the answer is not a save);
 * - an answer that brings nothing (the API failed, was rate limited or sent garbage: the
 *   capture comes back with only a note saying why) changes nothing at all.
 */
import type { Capture, Item } from '../types';
import { mergeCapture } from './merge';
import type { Operation } from './slice';

/**
 * Fields the late answer never writes: the record's identity, the sources' own notes, and
 * what only the user or the collection sets (an Item given as `saved` carries them).
 */
const NOT_MERGED = new Set<string>([
  'key',
  'kind',
  'missing',
  'notes',
  'note',
  'status',
  'topicIds',
  'savedAt',
  'updatedAt',
  'editedAt',
  'links',
]);

/** A title that only stands in for one: the page's URL, or the work's id (`arXiv:2106.09608`). */
export function isStandInTitle(capture: Capture): boolean {
  const title = capture.title.trim();
  if (!title || capture.missing?.includes('title')) return true;
  if (title === capture.url || /^https?:\/\//i.test(title)) return true;
  const id = capture.arxiv?.id;
  return id !== undefined && title.replace(/^arxiv:\s*/i, '') === id;
}

/** Whether a saved capture lacks details an API may give: worth asking after the save. */
export function needsLateDetails(capture: Capture): boolean {
  if ((capture.missing?.length ?? 0) > 0 || isStandInTitle(capture)) return true;
  return capture.kind === 'paper' && !capture.authors?.length;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function empty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * What of `answer` may go into `stored`, as a capture to merge (null when nothing may):
 * `saved` is the record as the save wrote it (or the capture it wrote), the one the API was
 * asked about.
 */
export function lateDetails(stored: Item, saved: Capture, answer: Capture): Capture | null {
  if (answer.key !== saved.key || stored.key !== saved.key) return null;
  const delta: Record<string, unknown> = { key: saved.key, kind: saved.kind };
  let fields = 0;
  for (const [name, value] of Object.entries(answer)) {
    if (NOT_MERGED.has(name) || empty(value)) continue;
    const before = (saved as unknown as Record<string, unknown>)[name];
    if (same(before, value)) continue; // the API did not change it
    const now = (stored as unknown as Record<string, unknown>)[name];
    // Changed since the save (by the user, or by another save): that value wins.
    if (!same(now, before) && !empty(now)) continue;
    if (name === 'title' || name === 'pageTitle') {
      if (!isStandInTitle(saved) || answer.missing?.includes('title')) continue;
    }
    delta[name] = value;
    fields++;
  }
  if (fields === 0) return null;
  const missing = answer.missing ?? [];
  const capture = delta as unknown as Capture;
  // What the answer filled is no longer missing; what it could not find stays so.
  capture.missing = missing;
  if (delta.title === undefined) capture.title = stored.title;
  return capture;
}

/**
 * The operation that merges a late answer into the record the save made. Nothing happens
 * when the record is gone (removed meanwhile) or the answer brings nothing it may write.
 * Returns the record as it is now, or null when it did not change.
 */
export function completeDetails(saved: Capture, answer: Capture): Operation<Item | null> {
  return {
    needs: { items: [saved.key] },
    apply(draft, { now }) {
      const index = draft.items.findIndex((item) => item.key === saved.key);
      const stored = draft.items[index];
      if (!stored) return null;
      const delta = lateDetails(stored, saved, answer);
      if (!delta) return null;
      // The title was checked above; mergeCapture's own rule must not keep the stand-in.
      const base: Item =
        delta.title !== stored.title
          ? { ...stored, missing: ['title', ...(stored.missing ?? [])] }
          : stored;
      const merged = mergeCapture(base, delta, now);
      draft.items[index] = merged;
      return merged;
    },
  };
}
