/**
 * Where a venue found in running text starts. `Medical Physics, 2022` and `An Empirical
 * Study, 2011` both end in capitalised words before `, YEAR`; what tells them apart is not
 * the words but where they stand: a venue is a segment of its own, opening its text (a line,
 * a cell, an emphasis, a link label) or set off by its own delimiter (`. `, `, `, `(`, `|`,
 * ` - `), as in `Title. Venue 2020.` and `Title (Venue 2020)`; a venue that needs the words
 * before it is read whole only when it is closed by a delimiter or the end of its text. Words that run on into it with no delimiter (`…: An Empirical
 * Study, 2011`, `The IBM 2016 English …`) are a title's words.
 */
import { isKnownVenue, readVenue } from './venues';

/** Text that ends a segment: a stop, a comma or semicolon, an opening bracket, a bar, a slash, a dash, a dot. */
const OPENS = /(?:[.,;|/([{·•]\s*|\s[-–—]\s+|^\s*)$/;
/** Text that closes one: the same, a closing bracket or a colon. */
const CLOSES = /^(?:\s*[.,;:|/)\]}·•]|\s+[-–—]\s|\s*$)/;

/**
 * The start of the venue matched at [start, end) of `text`: `start` when it opens its
 * segment or names a known venue (`… CVPR 2024`: a known name is a venue wherever it
 * stands), else the segment's start when the whole segment reads as a venue
 * (`Medical Physics, 2022`); null when the words around it belong to something else.
 */
export function venueStart(text: string, start: number, end: number): number | null {
  const read = readVenue(text.slice(start, end));
  if (read && isKnownVenue(read.name)) return start;
  const before = text.slice(0, start);
  // Opening its segment, it may carry a qualifier (`<kbd>ITSC 2020 oral</kbd>`).
  if (OPENS.test(before)) return start;
  if (!CLOSES.test(text.slice(end))) return null;
  let open = 0;
  for (let i = before.length - 1; i > 0; i--)
    if (OPENS.test(before.slice(0, i))) {
      open = i;
      break;
    }
  const lead = /^\s*/.exec(before.slice(open))?.[0].length ?? 0;
  return readVenue(text.slice(open + lead, end)) ? open + lead : null;
}
