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

/** Each ASCII character's escape, by character code (braces apart: they depend on pairs). */
const ESCAPE_BY_CODE: (string | undefined)[] = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  return char === '{' || char === '}' ? undefined : SPECIALS[char];
});

/**
 * Every special character escaped, in one pass that copies the runs between them: titles
 * and notes of a 10,000-item export are escaped without a callback per character.
 */
function escapeSpecials(text: string): string {
  let out = '';
  let start = 0;
  let pairs: boolean | undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) continue;
    let escape = ESCAPE_BY_CODE[code];
    if (code === 123 || code === 125) {
      pairs ??= balanced(text);
      escape = special(code === 123 ? '{' : '}', pairs);
    }
    if (escape === undefined) continue;
    out += text.slice(start, index) + escape;
    start = index + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * Anything `escapeText` would change: a special character, whitespace to tidy, the start of
 * a ligature. Most values (years, volumes, names, many titles) have none: one scan, no copy.
 */
const NEEDS_WORK = /[\\%&$#_^~<>{}]|[^\S ]| {2}|^ | $|[-`'!?][-`']|[!?]`/;

/** Plain text as a LaTeX-safe field value. */
export function escapeText(text: string, options: EscapeOptions = {}): string {
  if (!NEEDS_WORK.test(text)) return options.latexAccents ? toLatexAccents(text, false) : text;
  return finish(escapeSpecials(clean(text)), options, false);
}

const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;
const SPACES = /\s+/g;

/** Line breaks and tabs end a BibTeX line's meaning nowhere useful: one space each. */
function clean(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(SPACES, ' ').trim() : text;
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
  // Most titles have no capital inside a word: then only special characters need a look.
  // (Tidying whitespace never makes or breaks an inner capital: the raw title tells.)
  if (!INNER_CAPITAL.test(title)) {
    if (!NEEDS_WORK.test(title)) return options.latexAccents ? toLatexAccents(title, true) : title;
    return finish(escapeSpecials(clean(title)), options, true);
  }
  const text = clean(title);
  const pairs = balanced(text);
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
const LIGATURE = /([-`'!?])(?=[-`'])|([!?])(?=`)/g;

function breakLigatures(text: string): string {
  return text.replace(LIGATURE, '$1$2{}');
}

/** Whether `escapeName` would change a name at all (most names it leaves as they are). */
const NAME_NEEDS_WORK = /[\\%&$#_^~<>{},]|[^\S ]| {2}|^ | $|[-`'!?][-`']|[!?]`|\band\b/i;

export function nameNeedsWork(name: string): boolean {
  return NAME_NEEDS_WORK.test(name);
}

const NAME_SUFFIX = /^(.*\S)\s+(\S+),\s*(Jr\.?|Sr\.?|II|III|IV)$/;
const MISREAD_NAME = /,|\band\b/i;

/**
 * One person's name in BibTeX's `First von Last` form. A name BibTeX would misread (a
 * comma, a lone `and`, an organisation of several words given as one name) is braced
 * whole so it prints as given.
 */
export function escapeName(name: string, options: EscapeOptions = {}): string {
  const text = clean(name);
  const suffix = text.includes(',') ? NAME_SUFFIX.exec(text) : null;
  if (suffix?.[1] && suffix[2] && suffix[3]) {
    // "Martin Luther King, Jr." → "King, Jr., Martin Luther": BibTeX's form for a suffix.
    return [suffix[2], suffix[3], suffix[1]].map((part) => escapeText(part, options)).join(', ');
  }
  const escaped = escapeText(text, options);
  return MISREAD_NAME.test(text) ? `{${escaped}}` : escaped;
}

const URL_NEEDS_WORK = /[{}\s\\]/;
const URL_BREAKERS = /[{}\s]/g;
const BACKSLASHES = /\\/g;
const COMMENT_CHARS = /[%#]/g;

/**
 * A URL inside `\url{…}` or a `url` field: those read it verbatim, so nothing is escaped but
 * the characters that would end the value or, inside another command's argument, start a
 * comment (`%`, `#`); braces are percent-encoded, as a browser would send them.
 */
export function escapeUrl(url: string): string {
  if (!URL_NEEDS_WORK.test(url)) return url;
  return url
    .trim()
    .replace(URL_BREAKERS, (char) => encodeURIComponent(char))
    .replace(BACKSLASHES, '%5C');
}

/** `\url{…}` for `howpublished`, where the value is an argument of another command. */
export function urlCommand(url: string): string {
  return `\\url{${escapeUrl(url).replace(COMMENT_CHARS, '\\$&')}}`;
}
