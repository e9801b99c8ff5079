/**
 * What a listing page's content script may save: the paper an entry links to, as a new
 * record or added to one more topic. A content script runs beside the page's own code and
 * is the first thing an attacker on that site would drive, so it may never change a record
 * that exists (its title, URL, fields, note or topics): for those only the topic is added.
 */
import { identify } from '../../lib/identity';
import type { Message, SaveResult } from '../../lib/messaging';
import type { CollectionStore } from '../../lib/store/collection-store';
import type { Capture } from '../../lib/types';

export async function saveFromListing(
  shelf: CollectionStore,
  { capture, topic }: Message<'save'>,
): Promise<SaveResult> {
  const identity = identify(capture.url);
  const consistent =
    capture.kind === 'paper' &&
    identity?.key === capture.key &&
    identity.kind === capture.kind &&
    identity.arxiv?.id === capture.arxiv?.id;
  if (!consistent) throw new Error('a listing page may only save the paper its entry links to');
  const existing = await shelf.getItem(capture.key);
  return shelf.save({ capture: existing ? unchanged(existing) : capture, topic });
}

/**
 * A capture that merges into the record as a no-op: its own kind, URL and missing fields,
 * no title (an empty title never replaces one), nothing else. Only the topic is added.
 */
function unchanged(record: Capture): Capture {
  const capture: Capture = { key: record.key, kind: record.kind, url: record.url, title: '' };
  if (record.missing) capture.missing = record.missing;
  return capture;
}
