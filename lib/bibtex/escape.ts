/**
 * Text into BibTeX field values. Every character that means something to LaTeX or to
 * BibTeX's own reader is escaped, so any title, name or note (braces, `%`, `&`, `\`, an
 * unbalanced `{`) gives a value that parses and prints as the text it was.
 *
 * Non-ASCII text stays UTF-8 (what biber and modern LaTeX read); `latexAccents` writes the
 * accents as LaTeX commands instead, for classic 8-bit BibTeX.
 */
import { toLatexAccents } from './accents';

export interface EscapeOptions {
  /** Write `é` as `{\'e}` (BibTeX 8-bit safe) instead of keeping UTF-8. */
  latexAccents?: boolean;
}

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

const SPECIAL_CHARS = /[\\%&$#_^~<>{}]/g;

/**
 * BibTeX counts every brace of a value, escaped or not, to find where the value ends: a
 * literal `{` may be written `\{` only while the value's braces pair up; otherwise it is
 * written as a command with no brace of its own kind.
 */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Plain text as a LaTeX-safe field value. */
export function escapeText(text: string, options: EscapeOptions = {}): string {
  const cleaned = clean(text);
  return escapePiece(cleaned, balanced(cleaned), options);
}

/** Line breaks and tabs end a BibTeX line's meaning nowhere useful: one space each. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// A word: letters and digits, joined by hyphens or apostrophes (`GPT-4`, `Sim-to-Real`).
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Whether a bibliography style must keep a word's case: acronyms and names with a capital
 * past their first letter (`BERT`, `GPT-4`, `LLaMA`, `FlashAttention`, `iPhone`).
 * A capitalised ordinary word (`Learning`) is left to the style, as BibTeX expects.
 */
function keepsCase(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1)) || /^\p{Ll}+\p{Lu}/u.test(word);
}

/** A title: escaped, with the words whose capitals matter wrapped in braces (`{BERT}`). */
export function escapeTitle(title: string, options: EscapeOptions = {}): string {
  const text = clean(title);
  const pairs = balanced(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const index = match.index ?? 0;
    out += escapePiece(text.slice(last, index), pairs, options, true);
    const word = escapePiece(match[0], pairs, options, true);
    out += keepsCase(match[0]) ? `{${word}}` : word;
    last = index + match[0].length;
  }
  return out + escapePiece(text.slice(last), pairs, options, true);
}

/** Part of a title, escaped knowing whether the whole title's braces pair up. */
function escapePiece(piece: string, pairs: boolean, options: EscapeOptions, title = false): string {
  const escaped = piece.replace(SPECIAL_CHARS, (char) => {
    if (char === '{') return pairs ? '\\{' : '\\textbraceleft{}';
    if (char === '}') return pairs ? '\\}' : '\\textbraceright{}';
    return SPECIALS[char] ?? char;
  });
  const plain = breakLigatures(escaped);
  return options.latexAccents ? toLatexAccents(plain, title) : plain;
}

/**
 * TeX joins some character pairs into other characters: `--` into an en dash, two
 * backquotes into an opening quote, `!`` into `¡`. An empty group between them keeps the
 * text as written. (Page ranges, where `--` is wanted, do not come through here.)
 */
function breakLigatures(text: string): string {
  return text.replace(/([-`'!?])(?=[-`'])|([!?])(?=`)/g, '$1$2{}');
}

/**
 * One person's name in BibTeX's `First von Last` form. A name BibTeX would misread (a
 * comma, a lone `and`, an organisation of several words given as one name) is braced
 * whole so it prints as given.
 */
export function escapeName(name: string, options: EscapeOptions = {}): string {
  const text = clean(name);
  const suffix = /^(.*\S)\s+(\S+),\s*(Jr\.?|Sr\.?|II|III|IV)$/.exec(text);
  if (suffix?.[1] && suffix[2] && suffix[3]) {
    // "Martin Luther King, Jr." → "King, Jr., Martin Luther": BibTeX's form for a suffix.
    return [suffix[2], suffix[3], suffix[1]].map((part) => escapeText(part, options)).join(', ');
  }
  const escaped = escapeText(text, options);
  return /,|\band\b/i.test(text) ? `{${escaped}}` : escaped;
}

/**
 * A URL inside `\url{…}` or a `url` field: those read it verbatim, so nothing is escaped but
 * the characters that would end the value or, inside another command's argument, start a
 * comment (`%`, `#`); braces are percent-encoded, as a browser would send them.
 */
export function escapeUrl(url: string): string {
  return url
    .trim()
    .replace(/[{}\s]/g, (char) => encodeURIComponent(char))
    .replace(/\\/g, '%5C');
}

/** `\url{…}` for `howpublished`, where the value is an argument of another command. */
export function urlCommand(url: string): string {
  return `\\url{${escapeUrl(url).replace(/[%#]/g, (char) => `\\${char}`)}}`;
}
