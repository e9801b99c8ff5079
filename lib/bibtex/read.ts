/**
 * Reading `.bib` text with @retorquere/bibtex-parser (the parser of Better BibTeX for
 * Zotero): it turns LaTeX into Unicode (`{\"o}` → `ö`), splits names into their parts and
 * reports what it could not read. All or nothing: any entry it could not read stops the
 * whole file, named by its key and line.
 */
import { type Creator as ParsedCreator, parse } from '@retorquere/bibtex-parser';

export class BibtexReadError extends Error {
  override name = 'BibtexReadError';
  constructor(
    message: string,
    /** 1-based line where the entry starts; 0 when unknown. */
    readonly line: number,
    readonly key?: string,
  ) {
    super(message);
  }
}

export interface ReadEntry {
  type: string;
  key: string;
  /** 1-based line of the entry's `@`. */
  line: number;
  /** Field names in lower case, values as plain Unicode text. */
  fields: Record<string, string>;
  /** Each as "First von Last, Jr." or an organisation's name. */
  authors: string[];
}

// Markup the parser writes for LaTeX commands (`\emph`, `^{…}`, case protection).
const MARKUP = /<\/?(?:i|b|sup|sub|sc|span)(?:\s+class="[^"]*")?>/g;

/** The parser writes accents as combining marks (`i` + U+0308): composed here (NFC). */
function plain(value: string): string {
  return value.replace(MARKUP, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * `howpublished={\url{…}}` comes back as a link: its address, with the `\%` and `\#` that
 * a `\url` inside another command's argument needs read as `%` and `#`, as hyperref does.
 */
function linkTarget(value: string): string {
  const href = /^<a href="([^"]*)">/.exec(value.trim());
  return href?.[1] ? href[1].replace(/\\([%#])/g, '$1') : value;
}

function nameOf(creator: ParsedCreator): string {
  if (creator.name) return plain(creator.name);
  const parts = [creator.firstName, creator.prefix, creator.lastName].filter(Boolean).join(' ');
  return plain(creator.suffix ? `${parts}, ${creator.suffix}` : parts);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function keyIn(input: string): string | undefined {
  return /@\w+\s*[{(]\s*([^,\s]+)/.exec(input)?.[1];
}

export function readBibtex(text: string): ReadEntry[] {
  // Titles as written: no sentence casing, no case-protection markup.
  const library = parse(text, {
    unsupported: 'ignore',
    sentenceCase: false,
    english: false,
    caseProtection: false,
  });
  const problem = library.errors[0];
  if (problem) {
    const at = problem.input ? text.indexOf(problem.input) : -1;
    const line = at >= 0 ? lineAt(text, at) : 0;
    const key = problem.input ? keyIn(problem.input) : undefined;
    const what = key ? `entry "${key}"` : 'an entry';
    const where = line ? ` (line ${line})` : '';
    throw new BibtexReadError(`${what}${where} could not be read: ${problem.error}`, line, key);
  }
  // Entries come in file order: lines are counted once, from one entry to the next.
  let cursor = 0;
  let cursorLine = 1;
  const lineOf = (offset: number) => {
    for (let i = cursor; i < offset; i++) if (text.charCodeAt(i) === 10) cursorLine++;
    cursor = offset;
    return cursorLine;
  };
  return library.entries.map((entry) => {
    const at = entry.input ? text.indexOf(entry.input, cursor) : -1;
    const line = at >= 0 ? lineOf(at) : 0;
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(entry.fields)) {
      if (typeof value === 'string') fields[name] = plain(linkTarget(value));
      else if (Array.isArray(value) && value.every((part) => typeof part === 'string')) {
        fields[name] = plain(value.join(' and '));
      }
    }
    // `and others` is BibTeX's "et al.", not a person.
    const authors = (entry.fields.author ?? [])
      .map(nameOf)
      .filter((name) => name !== '' && name !== 'others');
    return { type: entry.type, key: entry.key, line, fields, authors };
  });
}
