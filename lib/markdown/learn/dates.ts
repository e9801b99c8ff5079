/**
 * Dates as lists write them (`2023/10`, `[2024-05]`, `23.11`, `9/2/22`, `May, 2025`,
 * `2017-01-26`, `2019`): each written form is learned as a template and filled again with an
 * item's own date. A form needs parts the item may not know (a day): then it is not written.
 */
import type { Capture } from '../../types';

export interface DateValue {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface DateRule {
  pattern: RegExp;
  /** Template with YYYY, YY, MM, M, DD, D, Month, Mon tokens, built from the match. */
  form: (match: RegExpExecArray) => string;
  value: (match: RegExpExecArray) => DateValue;
}

const YEAR = '((?:19|20)\\d{2})';
const monthIndex = (name: string) =>
  MONTHS.findIndex((month) => month.toLowerCase().startsWith(name.toLowerCase().slice(0, 3))) + 1;

const RULES: DateRule[] = [
  {
    pattern: new RegExp(`^${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})$`),
    form: (m) =>
      `YYYY${m[2]}${(m[3] ?? '').length === 2 ? 'MM' : 'M'}${m[2]}${(m[4] ?? '').length === 2 ? 'DD' : 'D'}`,
    value: (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }),
  },
  {
    pattern: new RegExp(`^${YEAR}([-/.])(\\d{1,2})$`),
    form: (m) => `YYYY${m[2]}${(m[3] ?? '').length === 2 ? 'MM' : 'M'}`,
    value: (m) => ({ year: Number(m[1]), month: Number(m[3]) }),
  },
  {
    // US style with a two-digit year: 9/2/22, 10/14/21.
    pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/,
    form: () => 'M/D/YY',
    value: (m) => ({ year: 2000 + Number(m[3]), month: Number(m[1]), day: Number(m[2]) }),
  },
  {
    // Two-digit year and month: 23.11 (Awesome-LLM-Safety's "Date(YY.MM)").
    pattern: /^(\d{2})\.(0[1-9]|1[0-2])$/,
    form: () => 'YY.MM',
    value: (m) => ({ year: 2000 + Number(m[1]), month: Number(m[2]) }),
  },
  {
    pattern: new RegExp(`^([A-Z][a-z]{2,8})(,? )${YEAR}$`),
    form: (m) => `${(m[1] ?? '').length > 3 ? 'Month' : 'Mon'}${m[2]}YYYY`,
    value: (m) => ({ year: Number(m[3]), month: monthIndex(m[1] ?? '') }),
  },
  {
    pattern: new RegExp(`^${YEAR}$`),
    form: () => 'YYYY',
    value: (m) => ({ year: Number(m[1]) }),
  },
];

export interface ReadDate {
  form: string;
  value: DateValue;
}

/** The date `text` is, whole, with the form it is written in; null if it is none. */
export function readDate(text: string): ReadDate | null {
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const value = rule.value(match);
    if (value.month !== undefined && (value.month < 1 || value.month > 12)) continue;
    if (value.day !== undefined && (value.day < 1 || value.day > 31)) continue;
    // "May 2025" reads as a month only for real month names.
    if (/Mon/.test(rule.form(match)) && value.month === 0) continue;
    return { form: rule.form(match), value };
  }
  return null;
}

/** Finds dates inside running text: `[2023/10]`, `(2020-12)`, `2016-ICLR`'s year is a venue. */
export const DATE_IN_TEXT =
  /(?<![\d./-])(?:(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}\/\d{1,2}\/\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6},? (?:19|20)\d{2})(?![\d./-])/g;

/** Writes a date in a learned form; null when the form needs a part the value lacks. */
export function writeDate(form: string, value: DateValue): string | null {
  const needsMonth = /MM|M|Mon|Month/.test(form);
  const needsDay = /DD|D(?!e)/.test(form.replace(/Month|Mon/g, ''));
  if (needsMonth && value.month === undefined) return null;
  if (needsDay && value.day === undefined) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return form.replace(/YYYY|YY|Month|Mon|MM|M|DD|D/g, (token) => {
    switch (token) {
      case 'YYYY':
        return String(value.year);
      case 'YY':
        return pad(value.year % 100);
      case 'Month':
        return MONTHS[(value.month ?? 1) - 1] ?? '';
      case 'Mon':
        return (MONTHS[(value.month ?? 1) - 1] ?? '').slice(0, 3);
      case 'MM':
        return pad(value.month ?? 0);
      case 'M':
        return String(value.month ?? 0);
      case 'DD':
        return pad(value.day ?? 0);
      default:
        return String(value.day ?? 0);
    }
  });
}

function parseIso(text: string | undefined): DateValue | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text ?? '');
  if (!match) return null;
  const value: DateValue = { year: Number(match[1]) };
  if (match[2]) value.month = Number(match[2]);
  if (match[3]) value.day = Number(match[3]);
  return value;
}

/**
 * The item's date as known: its publication date, its arXiv submission date, the month
 * its arXiv id encodes, or its venue's year; null when it has none (nothing is guessed).
 */
export function itemDate(item: Capture): DateValue | null {
  const known = parseIso(item.published) ?? parseIso(item.arxiv?.published);
  if (known) return known;
  const id = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(item.arxiv?.id ?? '');
  if (id) return { year: 2000 + Number(id[1]), month: Number(id[2]) };
  if (item.venue?.year) return { year: item.venue.year };
  return null;
}

/** A comparable number for a date (missing parts count as 0). */
export function dateOrder(value: DateValue): number {
  return value.year * 10000 + (value.month ?? 0) * 100 + (value.day ?? 0);
}
