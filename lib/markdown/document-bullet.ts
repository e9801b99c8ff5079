/**
 * The bullet a list the export starts itself takes (a new topic written in a named style):
 * the one most of the document's bulleted entries use (`+ [Title](…)` lists get `+`), so a
 * new section does not stand out; `-` when no entry is bulleted.
 */
import type { Doc } from './document';

export function documentBullet(doc: Doc): string {
  const counts = new Map<string, number>();
  for (const entry of doc.entries) {
    const bullet = entry.shape.marker;
    if (/^[-*+]$/.test(bullet)) counts.set(bullet, (counts.get(bullet) ?? 0) + 1);
  }
  let best = '-';
  let most = 0;
  for (const [bullet, count] of counts)
    if (count > most) {
      best = bullet;
      most = count;
    }
  return best;
}
