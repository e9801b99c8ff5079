/**
 * Citation keys: `{first author's last name}{year}{first significant title word}` in
 * lower-case ASCII (`devlin2019bert`), the shape arXiv and Google Scholar give them.
 *
 * A key is written once and kept: an item that has a `citeKey` keeps it in every export,
 * so a paper citing it keeps compiling. New keys never take a key another item holds, and
 * collisions get `a`, `b`, … suffixes in saved order, so adding items never changes the
 * key an earlier item would get.
 */
import type { Capture, Item } from '../types';
import { citedYear } from './year';

// Words a title's key skips: articles, prepositions, pronouns and auxiliaries.
const STOPWORDS = new Set(
  (
    'a an the and or but nor of on in into onto at by for from to with without via over under ' +
    'about as is are was were be been being do does did has have had it its this that these ' +
    'those we you your our their his her all any some can could may might should would will ' +
    'not no yes than then so very just how what when where which who whom why toward towards ' +
    'using beyond through between among against upon within across'
  ).split(' '),
);

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const NON_ASCII = /[^\x20-\x7e]/;
const NOT_KEY_CHAR = /[^a-z0-9]/g;

/** Lower-case ASCII letters and digits only: accents dropped, `ß` → `ss`. */
export function asciiFold(text: string): string {
  const lower = text.toLowerCase();
  // ASCII text needs no decomposition (the costly part): most names and titles.
  if (!NON_ASCII.test(lower)) return lower.replace(NOT_KEY_CHAR, '');
  return lower
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .normalize('NFD')
    .replace(NOT_KEY_CHAR, '');
}

/**
 * The part of a "First von Last" name a key uses: the von part and the last name
 * (`Aäron van den Oord` → `vandenoord`), as BibTeX splits names.
 */
export function lastNameOf(name: string): string {
  const words = name.trim().split(' ').filter(Boolean);
  if (words.length <= 1) return words[0] ?? '';
  const last = words.length - 1;
  const von = words.findIndex((word, index) => index > 0 && index < last && /^\p{Ll}/u.test(word));
  return words.slice(von > 0 ? von : last).join(' ');
}

/** Words split at spaces and slashes (`owner/repo`); hyphens join (`FP8-LM` → `fp8lm`). */
export function firstSignificantWord(title: string): string {
  for (const word of title.split(/[\s/]+/)) {
    const folded = asciiFold(word);
    if (folded && !STOPWORDS.has(folded)) return folded;
  }
  return '';
}

// Second-level labels under which a country's sites register (`co.uk`, `ac.jp`, `com.au`).
const SECOND_LEVEL = new Set(['co', 'com', 'ac', 'org', 'gov', 'edu', 'net', 'ne', 'or']);

/** Who a work is by, for its key: its first author, else its repo's or hub's owner, else its site. */
function creatorOf(capture: Capture): string {
  const first = capture.authors?.find(
    (author) => /[a-z0-9]/i.test(author) || asciiFold(author) !== '',
  );
  if (first) return lastNameOf(first.includes(',') ? first.replace(/,.*$/, '') : first);
  if (capture.repo?.owner) return capture.repo.owner;
  if (capture.hub?.owner) return capture.hub.owner;
  try {
    // The site's own name: `blog.eleuther.ai` → `eleuther`, `bbc.co.uk` → `bbc`.
    const labels = new URL(capture.url).hostname.split('.');
    const second = labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2) ?? '') ? 3 : 2;
    return labels.at(-second) ?? labels[0] ?? '';
  } catch {
    return '';
  }
}

/** The key before any suffix; `ref` when the work gives nothing to build one from. */
export function baseKey(capture: Capture, savedAt?: number): string {
  const year = citedYear(capture, savedAt);
  const key = `${asciiFold(creatorOf(capture))}${year ?? ''}${firstSignificantWord(capture.title)}`;
  return key || 'ref';
}

/** `a` … `z`, then `aa`, `ab`, …: the suffixes of colliding keys. */
export function suffix(index: number): string {
  let out = '';
  let n = index;
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/**
 * Keys for every item of a collection: its stored `citeKey`, or a new one no other item
 * holds. When two items hold the same stored key (merged backups), the one saved first
 * keeps it and the other gets a new key. Returns item identity key → cite key.
 */
export function assignCiteKeys(items: readonly Item[]): Map<string, string> {
  const ordered = [...items].sort(
    (a, b) => a.savedAt - b.savedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const taken = new Set<string>();
  const keys = new Map<string, string>();
  const fresh: Item[] = [];
  for (const item of ordered) {
    if (item.citeKey && !taken.has(item.citeKey)) {
      taken.add(item.citeKey);
      keys.set(item.key, item.citeKey);
    } else {
      fresh.push(item);
    }
  }
  const next = new Map<string, number>();
  for (const item of fresh) {
    const base = baseKey(item, item.savedAt);
    let index = next.get(base) ?? -1;
    let key = index < 0 ? base : base + suffix(index);
    while (taken.has(key)) key = base + suffix(++index);
    next.set(base, index + 1);
    taken.add(key);
    keys.set(item.key, key);
  }
  return keys;
}
