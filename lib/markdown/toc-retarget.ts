/**
 * A TOC line with its links sent to the anchors their headings have after an export
 * (toc-anchors-after.ts): `[Tools](#tools)` → `[Tools](#tools-1)`, `<a href="#tools">` the
 * same. Only the anchor changes: the case the line writes it in (`#Tools` → `#Tools-1`), its
 * percent-encoding, the address before `#` and everything else stay as written.
 */
import { safeDecode } from './toc-anchors';

/** A Markdown link's destination after `](`, up to `#`, and its anchor. */
const MD_TARGET = /(\]\([^)\s#]*#)([^)\s]*)(?=\))/g;
/** An HTML link's `href="#…"`. */
const HTML_TARGET = /(\bhref\s*=\s*["']#)([^"']*)/gi;

/** `written`, an anchor the map knows in lower case, spelled the way the line spells it. */
function moved(written: string, anchors: Map<string, string>): string | undefined {
  const decoded = safeDecode(written);
  const was = decoded.toLowerCase();
  const now = anchors.get(was);
  if (now === undefined) return undefined;
  // The part both share (the heading's slug) keeps its case; the number after it changes.
  let common = 0;
  while (common < was.length && was[common] === now[common]) common++;
  const spelled = decoded.slice(0, common) + now.slice(common);
  return decoded === written ? spelled : encodeURIComponent(spelled);
}

/** `text` with every in-page link whose anchor is in `anchors` (old → new) sent on. */
export function retargetLinks(text: string, anchors: Map<string, string>): string {
  if (!anchors.size || !text.includes('#')) return text;
  const send = (whole: string, lead: string, anchor: string) => {
    const now = moved(anchor, anchors);
    return now === undefined ? whole : lead + now;
  };
  return text.replace(MD_TARGET, send).replace(HTML_TARGET, send);
}
