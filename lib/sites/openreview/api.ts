/**
 * OpenReview's API, for a submission saved from its PDF (`pdf?id=`), which has no data of
 * its own. `GET /notes?id={id}` answers `{notes: [note]}`
 * (https://docs.openreview.net/reference/api-v2/openapi-definition). Venues since 2023
 * live in API v2 (`api2.openreview.net`, fields wrapped in `{value}`); older ones only in
 * API v1 (`api.openreview.net`, plain fields), asked when v2 knows no such note.
 */
import { fetchJson, type FetchLike, type SourceResult } from '../../sources/http';
import type { PaperFields } from '../scholarly/paper-source';
import { forumNoteFrom, noteFields, record } from './note';

export const OPENREVIEW_APIS = ['https://api2.openreview.net', 'https://api.openreview.net'];

/** The note of `{notes: [...]}` whose id is `id`, as paper fields; undefined otherwise. */
export function parseNotes(json: unknown, id: string): PaperFields | undefined {
  const notes = record(json)?.notes;
  if (!Array.isArray(notes)) return undefined;
  for (const value of notes) {
    const note = forumNoteFrom(value, id);
    const fields = note ? noteFields(note) : undefined;
    if (fields?.title) return { ...fields, title: fields.title };
  }
  return undefined;
}

export async function fetchOpenReviewPaper(
  id: string,
  deps: { fetch: FetchLike; timeoutMs?: number },
): Promise<SourceResult<PaperFields>> {
  const errors: string[] = [];
  for (const api of OPENREVIEW_APIS) {
    const answer = await fetchJson(`${api}/notes?id=${encodeURIComponent(id)}`, deps);
    if (answer.ok) {
      const fields = parseNotes(answer.value, id);
      if (fields) return { ok: true, value: fields };
      errors.push(`${new URL(api).host} knows no paper ${id}`);
    } else {
      errors.push(answer.error);
      // Limited: asking the other API version now would only be limited too.
      if (answer.status === 429) break;
    }
  }
  return { ok: false, error: errors.join('; ') };
}
