/**
 * A BibTeX entry as data, and its text. Builders (one file per kind of work) put values in
 * already escaped; `formatEntry` only lays them out, one field a line in the order given.
 */
import { type EscapeOptions, escapeName, escapeText, escapeTitle, escapeUrl } from './escape';

export interface BibEntry {
  /** `misc`, `article`, `inproceedings`. */
  type: string;
  key: string;
  /** Field name and LaTeX value, in the order they are written. */
  fields: [name: string, value: string][];
}

/** A person ("First Last"), or an organisation written as one name (`{literal}`). */
export type Creator = string | { literal: string };

/** Collects fields, skipping empty ones and escaping each by what it holds. */
export class Fields {
  readonly list: [string, string][] = [];
  constructor(private readonly options: EscapeOptions) {}

  title(value: string | undefined): this {
    return this.raw('title', value?.trim() ? escapeTitle(value, this.options) : undefined);
  }

  text(name: string, value: string | number | undefined): this {
    const text = value === undefined ? '' : String(value);
    return this.raw(name, text.trim() ? escapeText(text, this.options) : undefined);
  }

  /** `url`, `doi`, `eprint`: read verbatim by BibTeX styles and biblatex. */
  verbatim(name: string, value: string | undefined): this {
    return this.raw(name, value?.trim() ? escapeUrl(value) : undefined);
  }

  creators(name: string, creators: readonly Creator[] | undefined): this {
    const names = (creators ?? [])
      .map((creator) =>
        typeof creator === 'string'
          ? escapeName(creator, this.options)
          : `{${escapeText(creator.literal, this.options)}}`,
      )
      .filter((value) => value !== '' && value !== '{}');
    return this.raw(name, names.length ? names.join(' and ') : undefined);
  }

  /** Page ranges with BibTeX's en dash: `1-10` → `1--10`. */
  pages(value: string | undefined): this {
    const parts = (value ?? '').trim().split(/\s*[-‐‑–—]+\s*/);
    const pages = parts.map((part) => escapeText(part, this.options)).join('--');
    return this.raw('pages', pages === '--' ? undefined : pages);
  }

  /** A value that is LaTeX already (`\url{…}`). */
  raw(name: string, value: string | undefined): this {
    if (value !== undefined && value !== '') this.list.push([name, value]);
    return this;
  }
}

export function formatEntry(entry: BibEntry): string {
  const lines = entry.fields.map(([name, value]) => `  ${name}={${value}}`);
  return `@${entry.type}{${entry.key},\n${lines.join(',\n')}\n}\n`;
}
