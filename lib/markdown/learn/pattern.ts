/**
 * A section's entry pattern: every neighbour entry is learned, the shape most of them share
 * is found, and its most recent entry is the exemplar the new entry is written from. An
 * entry is lines: each line's lead (indentation, marker, checkbox) is kept apart from its
 * text, which is what the slots are learned in.
 */
import type { Capture, ReadStatus } from '../../types';
import { learnParts, type Learned, type SharedText } from './build';
import { fillNodes } from './fill';
import { labelSpellings, planLinks } from './link-plan';
import { eachNode, signature } from './nodes';
import { sharedShape } from './shape-support';
import { opensHtmlBlock } from './html-text';
import { dropTrailingBreaks, tidyHtml } from './html-entry';
import { wordsAt } from './text-place';

export interface LearnedEntry {
  leads: string[];
  learned: Learned;
  signature: string;
  /** The entry is a raw HTML block: values written into it are HTML-escaped. */
  html?: boolean;
}

export interface Pattern {
  exemplar: LearnedEntry;
  /** Neighbours sharing the exemplar's shape, out of all neighbours. */
  share: number;
  total: number;
  /** How the neighbours label links to each kind of work (`Code`, `GitHub`, `paper`). */
  spellings: Map<string, string>;
}

export type PatternResult = { pattern: Pattern } | { pattern: null; reason: string };

const LEAD = /^(\s*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))?(?:\[[ xX]\](?:[ \t]+|$))?)/;

/** Learns one entry from its lines (block-quote prefixes already removed). */
export function learnEntry(lines: string[], isCommon: SharedText): LearnedEntry {
  const leads = lines.map((line) => LEAD.exec(line)?.[1] ?? '');
  const texts = lines.map((line, index) => line.slice(leads[index]?.length ?? 0));
  const learned = learnParts(texts, isCommon);
  const shape = learned.parts
    .map(
      (nodes, index) => `${(leads[index] ?? '').replace(/\d+/g, 'N')}${signature(coarse(nodes))}`,
    )
    .join('\n');
  const entry: LearnedEntry = { leads, learned, signature: shape };
  if (opensHtmlBlock(texts[0] ?? '')) {
    entry.html = true;
    // HTML is laid out freely (indentation, where lines break): its shape is its slots in order.
    entry.signature = `${(leads[0] ?? '').replace(/\d+/g, 'N')}${learned.parts
      .map((nodes) => signature(coarse(nodes)))
      .filter((part) => part !== '')
      .join(' ')}`;
  }
  return entry;
}

/** The slots and links of a line, without its literal wording (what shapes are compared by). */
function coarse(nodes: Learned['parts'][number]): Learned['parts'][number] {
  const kept: Learned['parts'][number] = [];
  for (const node of nodes) {
    if (node.k === 'lit' || node.k === 'free' || node.k === 'txt') continue;
    if (node.k === 'group') {
      const children = coarse(node.children);
      if (children.length) kept.push({ ...node, open: '', close: '', children });
    } else kept.push(node.k === 'link' ? { ...node, label: [] } : node);
  }
  return kept;
}

/**
 * Builds the literal test over the neighbours' text: shared by at least 30% (and two), and
 * (`byPlace`) not in a place where a quarter of the neighbours that have the place (and two)
 * hold other words: there the shared words are a note several entries happen to have.
 */
export function commonIn(pool: string[], byPlace = true): SharedText {
  const cache = new Map<string, number>();
  const shared: SharedText = (text: string, share = 0.3) => {
    if (text === '') return true;
    let count = cache.get(text);
    if (count === undefined) {
      count = 0;
      // Words count only whole: the `d` of `<details>d</details>` is not in every entry
      // that has a `d` somewhere (issue 11: a value the item lacks is never invented).
      const whole = wholeWord(text);
      for (const raw of pool) if (whole ? whole.test(raw) : raw.includes(text)) count++;
      cache.set(text, count);
    }
    return count >= Math.max(2, Math.ceil(pool.length * share));
  };
  if (!byPlace) return shared;
  const places = new Map<string, boolean>();
  shared.valueAt = (place, text) => {
    const key = JSON.stringify([place.before, text, place.after, place.toEnd]);
    let value = places.get(key);
    if (value === undefined) {
      const { same, other } = wordsAt(pool, place, text);
      value = other >= 2 && other * 4 >= same + other;
      places.set(key, value);
    }
    return value;
  };
  return shared;
}

/**
 * A matcher for `text` whose words count only whole: a side that ends in a letter or digit
 * must not run on into another one there. Null when neither side does.
 */
function wholeWord(text: string): RegExp | null {
  const start = /^[\p{L}\p{N}]/u.test(text);
  const end = /[\p{L}\p{N}]$/u.test(text);
  if (!start && !end) return null;
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = start ? '(?<![\\p{L}\\p{N}])' : '';
  const after = end ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${escaped}${after}`, 'u');
}

/** How many of the most recent neighbours of the shared shape are weighed as the exemplar. */
const EXEMPLAR_CHOICES = 5;

/** Words of the entry's own right before a link (a label the neighbours write otherwise). */
function freeCount(entry: LearnedEntry): number {
  let count = 0;
  for (const nodes of entry.learned.parts)
    eachNode(nodes, (node, siblings) => {
      // The spaces a left-out value keeps around it (build.ts) are not what follows it.
      const next = siblings
        .slice(siblings.indexOf(node) + 1)
        .find((after) => after.k !== 'lit' || after.text.trim() !== '');
      if (node.k === 'free' && (next?.k === 'url' || next?.k === 'link')) count++;
    });
  return count;
}

/** Whether a literal piece of the entry's text (not its markup) passes `test`. */
function hasLiteral(entry: LearnedEntry, test: (text: string) => boolean): boolean {
  let found = false;
  for (const nodes of entry.learned.parts)
    eachNode(nodes, (node) => {
      if (node.k === 'lit' && test(node.text.trim())) found = true;
    });
  return found;
}

function hasSlot(entry: LearnedEntry, kind: 'title' | 'url'): boolean {
  let found = false;
  for (const nodes of entry.learned.parts)
    eachNode(nodes, (node) => {
      if (node.k === kind) found = true;
    });
  return found;
}

/**
 * The pattern of a section's neighbours (each an entry's lines), or why there is none:
 * no entries, or no shape shared by a third of them, or no place for the title and link.
 * `newestFirst` picks the exemplar at the top instead of the bottom.
 */
export function learnPattern(
  neighbours: string[][],
  pool: string[],
  newestFirst = false,
): PatternResult {
  if (!neighbours.length) return { pattern: null, reason: 'no entries to learn from' };
  const isCommon = commonIn(pool);
  let entries = neighbours.map((lines) => learnEntry(lines, isCommon));
  // A word shared as literal text that is also part of the neighbours' titles (a category
  // tag `Vision` beside `Vision Transformers …`) is a value, unless most entries have it.
  const titles = entries.flatMap((entry) => entry.learned.titleText ?? []);
  const inTitle = (text: string) => {
    const whole = /\p{L}/u.test(text) ? wholeWord(text) : null;
    return whole !== null && titles.some((title) => whole.test(title));
  };

  if (entries.some((entry) => hasLiteral(entry, inTitle))) {
    // Counted outside the titles: the word inside a title is that entry's value.
    const long = titles.filter((title) => title.length >= 4);
    const outside = commonIn(
      pool.map((raw) => long.reduce((text, title) => text.split(title).join(' '), raw)),
    );
    const titled: SharedText = (text, share) =>
      inTitle(text) ? outside(text, Math.max(share ?? 0.3, 0.7)) : isCommon(text, share);
    if (isCommon.valueAt) titled.valueAt = isCommon.valueAt;
    entries = neighbours.map((lines) => learnEntry(lines, titled));
  }
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.signature, (counts.get(entry.signature) ?? 0) + 1);
  const { shape: best, count: bestCount } = sharedShape(counts);
  if (entries.length >= 3 && bestCount * 3 < entries.length)
    return { pattern: null, reason: 'its entries share no common shape' };
  const shaped = entries.filter((entry) => entry.signature === best);
  const ordered = newestFirst ? shaped : [...shaped].reverse();
  // The most recent of the typical ones: among the last few, the one with the fewest labels
  // of its own (a `Paper : url` typo), so the new entry gets the label the others share.
  const fillable = ordered.filter((entry) => hasSlot(entry, 'title') && hasSlot(entry, 'url'));
  let exemplar = fillable[0];
  for (const entry of fillable.slice(1, EXEMPLAR_CHOICES))
    if (freeCount(entry) < freeCount(exemplar as LearnedEntry)) exemplar = entry;
  if (!exemplar) return { pattern: null, reason: 'its entries have no title and link to fill' };
  return {
    pattern: { exemplar, share: bestCount, total: entries.length, spellings: labelSpellings(pool) },
  };
}

export interface WriteOptions {
  /** The marker the new entry takes (`-`, `3.`), replacing the exemplar's. */
  marker?: string;
  status?: ReadStatus;
  extraEscape?: string;
  /** Written where the exemplar's list is not (a new topic): its indentation is dropped. */
  outdent?: boolean;
}

/** The item's lines in the pattern; null when the pattern would lose its link or title. */
export function writeEntry(
  pattern: Pattern,
  item: Capture,
  options: WriteOptions = {},
): string[] | null {
  const { exemplar } = pattern;
  const plan = planLinks(exemplar.learned.parts, item, pattern.spellings);
  const out: { text: string; gone: boolean; label: boolean }[] = [];
  const indent = options.outdent ? (/^\s*/.exec(exemplar.leads[0] ?? '')?.[0] ?? '') : '';
  exemplar.learned.parts.forEach((nodes, index) => {
    let lead = exemplar.leads[index] ?? '';
    if (indent && lead.startsWith(indent)) lead = lead.slice(indent.length);
    if (index === 0 && options.marker !== undefined)
      lead = lead.replace(/^(\s*)(?:[-*+]|\d{1,9}[.)])/, `$1${options.marker}`);
    // The neighbour's checked box is its own state, never the new entry's.
    lead = lead.replace(/\[[ xX]\]/, options.status === 'read' ? '[x]' : '[ ]');
    const context: Parameters<typeof fillNodes>[1] = {
      item,
      extraEscape: options.extraEscape ?? '',
      plan,
    };
    if (exemplar.html) context.html = true;
    const filled = fillNodes(nodes, context);
    out.push({
      text: lead + filled.text,
      // A line of the neighbour's own words (a summary, a note) leaves whole.
      gone: index > 0 && filled.dropped && !filled.value,
      label: !filled.value && !filled.dropped && filled.text.trim() !== '',
    });
  });
  // A label line (`**Summary** \`) goes with the line it introduced.
  // Not in HTML, where such a line is markup (`<br/>`, `</a>`) that tidyHtml balances.
  for (let i = out.length - 1; i > 0 && !exemplar.html; i--)
    if (out[i]?.gone && out[i - 1]?.label && i - 1 > 0)
      (out[i - 1] as { gone: boolean }).gone = true;
  if (exemplar.html) dropTrailingBreaks(out);
  const kept = out.filter((line) => !line.gone).map((line) => line.text);
  while (kept.length > 1 && (kept[kept.length - 1] ?? '').trim() === '') kept.pop();
  // Two blank lines where a left-out line stood between them become one.
  const lines = kept.filter(
    (line, i) => !(line.trim() === '' && (kept[i - 1] ?? 'x').trim() === ''),
  );
  const written = exemplar.html ? tidyHtml(lines, item) : lines;
  if (!keepsLink(written.join('\n'), item)) return null;
  return written;
}

/** Whether written text still carries the item's link (an arXiv paper by its id). */
export function keepsLink(text: string, item: Capture): boolean {
  if (item.url === '') return true;
  if (text.includes(item.url)) return true;
  return item.arxiv !== undefined && text.includes(`arxiv.org/pdf/${item.arxiv.id}`);
}
