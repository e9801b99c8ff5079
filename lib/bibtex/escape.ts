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
  if (!text.includes('{') && !text.includes('}')) return true;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 123) depth++;
    else if (code === 125 && --depth < 0) return false;
  }
  return depth === 0;
}

function special(char: string, pairs: boolean): string {
  if (char === '{') return pairs ? '\\{' : '\\textbraceleft{}';
  if (char === '}') return pairs ? '\\}' : '\\textbraceright{}';
  return SPECIALS[char] ?? char;
}

/** Plain text as a LaTeX-safe field value. */
export function escapeText(text: string, options: EscapeOptions = {}): string {
  const cleaned = clean(text);
  const pairs = balanced(cleaned);
  const escaped = cleaned.replace(SPECIAL_CHARS, (char) => special(char, pairs));
  return finish(escaped, options, false);
}

/** Line breaks and tabs end a BibTeX line's meaning nowhere useful: one space each. */
function clean(text: string): string {
  return /[^\S ]| {2}|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

// A word (letters and digits, joined by hyphens or apostrophes: `GPT-4`, `Sim-to-Real`),
// or one special character: a title is escaped and case-protected in one pass.
const TITLE_TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[\\%&$#_^~<>{}]/gu;

/**
 * Whether a bibliography style must keep a word's case: acronyms and names with a capital
 * past their first letter (`BERT`, `GPT-4`, `LLaMA`, `FlashAttention`, `iPhone`).
 * A capitalised ordinary word (`Learning`) is left to the style, as BibTeX expects.
 */
const KEEPS_CASE = /.\p{Lu}/su;
const INNER_CAPITAL = /[\p{L}\p{N}]['’-]?\p{Lu}/u;

/** A title: escaped, with the words whose capitals matter wrapped in braces (`{BERT}`). */
export function escapeTitle(title: string, options: EscapeOptions = {}): string {
  const text = clean(title);
  const pairs = balanced(text);
  // Most titles have no capital inside a word: then only special characters need a look.
  if (!INNER_CAPITAL.test(text)) {
    return finish(
      text.replace(SPECIAL_CHARS, (char) => special(char, pairs)),
      options,
      true,
    );
  }
  const escaped = text.replace(TITLE_TOKEN, (token) => {
    if (token.length === 1 && token in SPECIALS) return special(token, pairs);
    if (token === '{' || token === '}') return special(token, pairs);
    return KEEPS_CASE.test(token) ? `{${token}}` : token;
  });
  return finish(escaped, options, true);
}

/** Ligatures broken, then accents as LaTeX commands when asked for. */
function finish(text: string, options: EscapeOptions, title: boolean): string {
  const plain = LIGATURE_START.test(text) ? breakLigatures(text) : text;
  return options.latexAccents ? toLatexAccents(plain, title) : plain;
}

/**
 * TeX joins some character pairs into other characters: `--` into an en dash, two
 * backquotes into an opening quote, `!`` into `¡`. An empty group between them keeps the
 * text as written. (Page ranges, where `--` is wanted, do not come through here.)
 */
const LIGATURE_START = /[-`'!?][-`']|[!?]`/;

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
  const suffix = text.includes(',')
    ? /^(.*\S)\s+(\S+),\s*(Jr\.?|Sr\.?|II|III|IV)$/.exec(text)
    : null;
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
  if (!/[{}\s\\]/.test(url)) return url;
  return url
    .trim()
    .replace(/[{}\s]/g, (char) => encodeURIComponent(char))
    .replace(/\\/g, '%5C');
}

/** `\url{…}` for `howpublished`, where the value is an argument of another command. */
export function urlCommand(url: string): string {
  return `\\url{${escapeUrl(url).replace(/[%#]/g, (char) => `\\${char}`)}}`;
}
