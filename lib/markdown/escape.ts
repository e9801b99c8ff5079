/**
 * Field text ↔ Markdown text. Web titles and people's notes can hold anything; export escapes
 * only what would change the structure around them (FORMATS.md §4), and import undoes exactly
 * that, so a value survives export → import unchanged.
 */
import { hasBidiControl, isBidiControl } from '../bidi';

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

export function isAsciiPunct(char: string | undefined): boolean {
  return char !== undefined && ASCII_PUNCT.test(char);
}

/** Newlines cannot live inside one list line: they travel as `<br>` (a literal one is escaped). */
const BREAK = '<br>';

/**
 * Escapes inline text. `extra` lists characters that delimit the field in its style (`"` for
 * a quoted wiki title). Characters that a line cannot hold or would lose
 * (newlines, tabs, control characters, spaces at the edges) become character references.
 */
export function escapeInline(value: string, extra = ''): string {
  if (
    !NEEDS_ESCAPE.test(value) &&
    !hasControl(value) &&
    !EDGE_SPACE.test(value) &&
    !hasAny(value, extra)
  ) {
    return value;
  }
  let out = '';
  const last = value.length - 1;
  for (let i = 0; i <= last; i++) {
    const char = value[i] as string;
    const next = value[i + 1];
    const prev = value[i - 1];
    if (char === '\\') {
      // Always doubled: a single one could swallow the character reference that follows.
      out += '\\\\';
    } else if (char === '\n') {
      out += BREAK;
    } else if (isControl(char) || ((i === 0 || i === last) && /\s/.test(char))) {
      // Tabs, control characters and edge spaces would be eaten or change the line.
      out += `&#${char.codePointAt(0)};`;
    } else if ('[]*`'.includes(char) || extra.includes(char)) {
      out += `\\${char}`;
    } else if (char === '_' && (!isWord(prev) || !isWord(next))) {
      // Intraword underscores (`gpt_neox`) never make emphasis: leave them readable.
      out += '\\_';
    } else if (char === '<' && next !== undefined && /[A-Za-z/!?]/.test(next)) {
      out += '\\<';
    } else if (char === '&' && /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(value.slice(i))) {
      out += '\\&';
    } else {
      out += char;
    }
  }
  return out;
}

// Everything but tab, printable ASCII and the rest of Unicode minus U+2028/2029: written as
// the allowed ranges because the linter refuses control characters in a pattern.
const CONTROL = /[^\t -~\u0080-\u2027\u202a-\uffff]/;

/** Whether a value holds a character a line cannot carry literally (other than a tab). */
export function hasControl(value: string): boolean {
  return CONTROL.test(value) || hasBidiControl(value);
}

/**
 * Control characters, U+2028/2029 which some readers take for line breaks, and bidi
 * controls, which would reorder the rest of the line in a diff or an editor (lib/bidi.ts).
 */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || isBidiControl(char);
}

function isWord(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

// Anything `escapeInline` might change; most titles have none of it and are returned as is.
// (control characters are checked by `hasControl`, which also covers tabs through the \t test).
const EDGE_SPACE = /^\s|\s$/;
const NEEDS_ESCAPE = /[\\\n\t[\]*`_<&]/;

function hasAny(value: string, chars: string): boolean {
  for (const char of chars) if (value.includes(char)) return true;
  return false;
}

/** Inverse of `escapeInline`: backslash escapes removed, `<br>` and `&#n;` decoded. */
export function unescapeInline(text: string): string {
  // Most titles hold nothing to undo.
  if (!/[\\<&]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const next = text[i + 1];
    if (char === '\\' && isAsciiPunct(next)) {
      out += next;
      i++;
    } else if (char === '<' && text.startsWith(BREAK, i)) {
      out += '\n';
      i += BREAK.length - 1;
    } else if (char === '&') {
      const ref = /^&#(\d{1,7});/.exec(text.slice(i, i + 10));
      const code = ref ? Number(ref[1]) : -1;
      if (ref && code <= 0x10ffff) {
        out += String.fromCodePoint(code);
        i += ref[0].length - 1;
      } else {
        out += char;
      }
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * Escapes a value written at the start of a list item's text (wiki titles): a leading `#`,
 * `>`, `-`, `+`, `1.` or `=` would turn the item into a heading, quote or sub-list.
 */
export function escapeLineStart(escaped: string): string {
  const digits = /^\d+(?=[.)])/.exec(escaped);
  if (digits) return `${digits[0]}\\${escaped.slice(digits[0].length)}`;
  if (/^[#>+=~-]/.test(escaped)) return `\\${escaped}`;
  return escaped;
}

/** A link destination that still parses with spaces, parentheses or angle brackets in it. */
export function formatDestination(url: string): string {
  if (url === '') return '';
  const balanced = isBalanced(url);
  if (!/[\s<>]/.test(url) && balanced && !/\\(?=[!-/:-@[-`{-~])/.test(url)) return url;
  return `<${url.replace(/[\\<>]/g, '\\$&').replace(/\n/g, '%0A')}>`;
}

function isBalanced(url: string): boolean {
  let depth = 0;
  for (const char of url) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A code span holding `value` literally (awesome notes): fence longer than any run inside. */
export function codeSpan(value: string): string {
  let longest = 0;
  for (const run of value.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || /^ .*[^ ].* $/s.test(value);
  return pad ? `${fence} ${value} ${fence}` : `${fence}${value}${fence}`;
}

/** Reads a code span that is the whole text; null when the text is not exactly one. */
export function readCodeSpan(text: string): string | null {
  const open = /^`+/.exec(text);
  if (!open) return null;
  const fence = open[0];
  if (!text.endsWith(fence) || text.length < fence.length * 2) return null;
  let inner = text.slice(fence.length, text.length - fence.length);
  // The closing fence must be exactly as long: a longer run would not close it.
  if (inner.endsWith('`') || inner.startsWith('`')) return null;
  if (inner.includes(fence) && new RegExp(`(^|[^\`])${fence}([^\`]|$)`).test(inner)) return null;
  if (/^ .*[^ ].* $/s.test(inner)) inner = inner.slice(1, -1);
  return inner;
}
