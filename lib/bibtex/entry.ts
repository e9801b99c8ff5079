/**
 * A BibTeX entry and its text. Builders (one file per kind of work) add fields through
 * `Fields`, which escapes each value by what it holds and lays it out as it goes, one field
 * a line in the order given: a 10,000-item export builds no per-field arrays to join later.
 */
import {
  type EscapeOptions,
  escapeName,
  escapeText,
  escapeTitle,
  escapeUrl,
  nameNeedsWork,
} from './escape';

export interface BibEntry {
  /** `misc`, `article`, `inproceedings`. */
  type: string;
  key: string;
  /** The field lines, laid out: `  name={LaTeX value}`, in the order they are written. */
  lines: string[];
}

/** A person ("First Last"), or an organisation written as one name (`{literal}`). */
export type Creator = string | { literal: string };

/** Collects fields, skipping empty ones and escaping each by what it holds. */
export class Fields {
  readonly lines: string[] = [];
  constructor(private readonly options: EscapeOptions) {}

  title(value: string | undefined): this {
    return this.raw('title', value?.trim() ? escapeTitle(value, this.options) : undefined);
  }

  text(name: string, value: string | number | undefined): this {
    // A number's text (`2021`, `-1`) holds nothing LaTeX reads specially.
    if (typeof value === 'number') return this.raw(name, String(value));
    const text = value ?? '';
    return this.raw(name, text.trim() ? escapeText(text, this.options) : undefined);
  }

  /** `url`, `doi`, `eprint`: read verbatim by BibTeX styles and biblatex. */
  verbatim(name: string, value: string | undefined): this {
    return this.raw(name, value?.trim() ? escapeUrl(value) : undefined);
  }

  creators(name: string, creators: readonly Creator[] | undefined): this {
    let names = '';
    for (const creator of creators ?? []) {
      const value =
        typeof creator !== 'string'
          ? `{${escapeText(creator.literal, this.options)}}`
          : nameNeedsWork(creator) || this.options.latexAccents
            ? escapeName(creator, this.options)
            : creator; // most names: nothing to escape, tidy or brace
      if (value === '' || value === '{}') continue;
      names = names ? `${names} and ${value}` : value;
    }
    return this.raw(name, names);
  }

  /** Page ranges with BibTeX's en dash: `1-10` → `1--10`. */
  pages(value: string | undefined): this {
    const parts = (value ?? '').trim().split(/\s*[-‐‑–—]+\s*/);
    const pages = parts.map((part) => escapeText(part, this.options)).join('--');
    return this.raw('pages', pages === '--' ? undefined : pages);
  }

  /** A value that is LaTeX already (`\url{…}`). */
  raw(name: string, value: string | undefined): this {
    if (value === undefined || value === '') return this;
    this.lines.push(`  ${name}={${value}}`);
    return this;
  }
}

export function formatEntry(entry: BibEntry): string {
  return `@${entry.type}{${entry.key},\n${entry.lines.join(',\n')}\n}\n`;
}
