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
const FOLDED_LETTERS = /[ßæœøłđðþı]/g;
const LOWER_START = /^\p{Ll}/u;
// A title's words: split at spaces and slashes, read one at a time until one counts.
const TITLE_WORD = /[^\s/]+/g;

/** Lower-case ASCII letters and digits only: accents dropped, `ß` → `ss`. */
export function asciiFold(text: string): string {
  const lower = text.toLowerCase();
  // ASCII text needs no decomposition (the costly part): most names and titles.
  if (!NON_ASCII.test(lower)) return lower.replace(NOT_KEY_CHAR, '');
  return lower
    .replace(FOLDED_LETTERS, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .normalize('NFD')
    .replace(NOT_KEY_CHAR, '');
}

/**
 * The part of a "First von Last" name a key uses: the von part and the last name
 * (`Aäron van den Oord` → `vandenoord`), as BibTeX splits names.
 */
export function lastNameOf(name: string): string {
  const words = name.trim().split(' ').filter(Boolean);
  const last = words.length - 1;
  if (last <= 0) return words[0] ?? '';
  // The von part starts at the first lower-case word between the first and last names.
  for (let index = 1; index < last; index++) {
    if (LOWER_START.test(words[index] as string)) return words.slice(index).join(' ');
  }
  return words[last] as string;
}

/** Words split at spaces and slashes (`owner/repo`); hyphens join (`FP8-LM` → `fp8lm`). */
export function firstSignificantWord(title: string): string {
  TITLE_WORD.lastIndex = 0;
  for (let match = TITLE_WORD.exec(title); match; match = TITLE_WORD.exec(title)) {
    const folded = asciiFold(match[0]);
    if (folded && !STOPWORDS.has(folded)) return folded;
  }
  return '';
}

const KEY_CHAR = /[a-z0-9]/i;
const AFTER_COMMA = /,.*$/;

// Second-level labels under which a country's sites register (`co.uk`, `ac.jp`, `com.au`).
const SECOND_LEVEL = new Set(['co', 'com', 'ac', 'org', 'gov', 'edu', 'net', 'ne', 'or']);

/** A first author's part of a key: `Aäron van den Oord` → `vandenoord`. */
function authorKey(author: string): string {
  return asciiFold(lastNameOf(author.includes(',') ? author.replace(AFTER_COMMA, '') : author));
}

/**
 * Who a work is by, for its key, folded: its first author, else its repo's or hub's owner,
 * else its site. `names` remembers authors already folded within one export, where the
 * same people write many of the works.
 */
function creatorKey(capture: Capture, names?: Map<string, string>): string {
  const first = capture.authors?.find(
    (author) => KEY_CHAR.test(author) || asciiFold(author) !== '',
  );
  if (first) {
    let key = names?.get(first);
    if (key === undefined) {
      key = authorKey(first);
      names?.set(first, key);
    }
    return key;
  }
  if (capture.repo?.owner) return asciiFold(capture.repo.owner);
  if (capture.hub?.owner) return asciiFold(capture.hub.owner);
  try {
    // The site's own name: `blog.eleuther.ai` → `eleuther`, `bbc.co.uk` → `bbc`.
    const labels = new URL(capture.url).hostname.split('.');
    const second = labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2) ?? '') ? 3 : 2;
    return asciiFold(labels.at(-second) ?? labels[0] ?? '');
  } catch {
    return '';
  }
}

/** The key before any suffix; `ref` when the work gives nothing to build one from. */
export function baseKey(capture: Capture, savedAt?: number, names?: Map<string, string>): string {
  const year = citedYear(capture, savedAt);
  const key = `${creatorKey(capture, names)}${year ?? ''}${firstSignificantWord(capture.title)}`;
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
  const names = new Map<string, string>();
  for (const item of fresh) {
    const base = baseKey(item, item.savedAt, names);
    let index = next.get(base) ?? -1;
    let key = index < 0 ? base : base + suffix(index);
    while (taken.has(key)) key = base + suffix(++index);
    next.set(base, index + 1);
    taken.add(key);
    keys.set(item.key, key);
  }
  return keys;
}
