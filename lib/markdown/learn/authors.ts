/**
 * Author lines as lists write them: all names (`A, B, C`), the first and `et al.`, the first
 * three, `...` and the last two, `Last, First and Last, First`, initials (`W. Xia`). The cut
 * and the spelling are learned; the names are the item's.
 */

export interface AuthorsForm {
  /** Between names (`, `); before the last name (`, and `, ` and `) when it differs. */
  sep: string;
  lastSep: string;
  /** `Last, First` names (joined by ` and `). */
  lastFirst: boolean;
  /** First names cut to initials: `W. Xia`. */
  initials: boolean;
  /** Surnames alone (`Devlin et al.`, `Kitaev and Kaiser`): the first names are left out. */
  surnames?: boolean;
  /** Names written before `et al.` (0: no et al.), and the text of the mark. */
  etAl?: { shown: number; mark: string };
  /** `a, b, c, ..., y, z`: names before and after the mark. */
  ellipsis?: { head: number; tail: number; mark: string };
}

const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.|de|van|von|der|da|di|del|la|le)$/u;

function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((word) => NAME_WORD.test(word)) && /\p{Lu}/u.test(text);
}

/**
 * Whether `text` (between separators) is one or more people's names and nothing else:
 * `Kaiming He`, `Kaiming He, Xiangyu Zhang`, `W. Xia et al.`. Such text is a value of its
 * entry even when several neighbours share it (a frequent author), never literal text.
 */
export function isNamesOnly(text: string): boolean {
  const core = text.replace(/^[\s,;.·•|–—-]+/, '').replace(/[\s,;·•|–—-]+$/, '');
  if (core === '') return false;
  if (readAuthors(core) ?? readAuthors(core.replace(/\.$/, ''))) return true;
  const words = core.replace(/\.$/, '').split(/\s+/);
  // One name: two to four words, the last a capitalised surname (`Ada Lovelace`).
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    isName(words.join(' ')) &&
    /^\p{Lu}\p{Ll}/u.test(words[words.length - 1] ?? '')
  );
}

export interface ReadAuthors {
  form: AuthorsForm;
  names: string[];
}

/** Reads `text` as an author list; null unless every part is a person's name. */
export function readAuthors(text: string): ReadAuthors | null {
  let body = text.trim();
  if (body !== text || body === '') return null;
  let etAl: AuthorsForm['etAl'];
  const mark = /,?\s*(?:et\.? al\.?|etc\.?)$/.exec(body);
  if (mark) {
    body = body.slice(0, mark.index);
  }
  const initialed = initialedSurnames(body);
  if (initialed) {
    const form: AuthorsForm = { sep: ', ', lastSep: ', ', lastFirst: true, initials: true };
    if (mark) form.etAl = { shown: initialed.length, mark: mark[0] };
    return { form, names: initialed };
  }
  const lastFirst = / and /.test(body) && /^[^,]+, [^,]+ and [^,]+, /.test(body);
  let parts: string[];
  let sep = ', ';
  let lastSep = ', ';
  let ellipsis: AuthorsForm['ellipsis'];
  if (lastFirst) {
    parts = body.split(' and ').map((part) => {
      const [last, first] = part.split(', ');
      return `${first ?? ''} ${last ?? ''}`.trim();
    });
    sep = ' and ';
    lastSep = ' and ';
  } else {
    const andMatch = /(,? and |, & | & )(?!.*(?:,| and ))/.exec(body);
    if (andMatch) {
      lastSep = andMatch[1] ?? ', ';
      body = body.slice(0, andMatch.index) + ', ' + body.slice(andMatch.index + lastSep.length);
    }
    const raw = body.split(/,\s*/);
    const dots = raw.findIndex((part) => /^(?:\.\.\.|…)$/.test(part.trim()));
    if (dots > 0) {
      ellipsis = { head: dots, tail: raw.length - dots - 1, mark: raw[dots]?.trim() ?? '...' };
      raw.splice(dots, 1);
    }
    parts = raw;
  }
  if (!parts.length || !parts.every(isName)) return null;
  if (parts.length < 2 && !mark) return null;
  if (mark) etAl = { shown: parts.length, mark: mark[0] };
  const initials = parts.some((part) => /^\p{Lu}\.(?:\s?\p{Lu}\.)*\s\S/u.test(part));
  const form: AuthorsForm = { sep, lastSep, lastFirst, initials };
  if (parts.every((part) => !/\s/.test(part.trim()))) form.surnames = true;
  if (etAl) form.etAl = etAl;
  if (ellipsis) form.ellipsis = ellipsis;
  return { form, names: parts.map((part) => part.trim()) };
}

const INITIALED = /^\p{Lu}[\p{L}'’-]+, (?:\p{Lu}\.\s?)+$/u;

/**
 * `Zhou, J., Cui, G., Hu, S.` (surname, initials; as reference lists write them): the names
 * as `J. Zhou`, or null for any other text.
 */
function initialedSurnames(body: string): string[] | null {
  const pieces = body.split(/,\s*/);
  if (pieces.length < 2 || pieces.length % 2 !== 0) return null;
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const name = `${pieces[i] ?? ''}, ${pieces[i + 1] ?? ''}`.trim();
    if (!INITIALED.test(name)) return null;
    names.push(`${(pieces[i + 1] ?? '').trim()} ${pieces[i] ?? ''}`);
  }
  return names;
}

function spell(name: string, form: AuthorsForm): string {
  const words = name.trim().split(/\s+/);
  const last = words.pop() ?? '';
  if (form.surnames) return last;
  let first = words;
  if (form.initials) first = first.map((word) => `${word.charAt(0)}.`);
  if (form.lastFirst) return first.length ? `${last}, ${first.join(' ')}` : last;
  return [...first, last].join(' ');
}

function join(names: string[], form: AuthorsForm): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(form.sep)}${form.lastSep}${names[names.length - 1]}`;
}

/** The item's authors in the learned form; null when it has none. */
export function writeAuthors(authors: string[] | undefined, form: AuthorsForm): string | null {
  const names = (authors ?? []).filter((name) => name.trim() !== '').map((n) => spell(n, form));
  if (!names.length) return null;
  if (form.etAl) {
    const shown = Math.max(1, form.etAl.shown);
    if (names.length <= shown) return join(names, form);
    return `${names.slice(0, shown).join(form.sep)}${form.etAl.mark}`;
  }
  if (form.ellipsis) {
    const { head, tail, mark } = form.ellipsis;
    if (names.length > head + tail) {
      return [...names.slice(0, head), mark, ...names.slice(names.length - tail)].join(form.sep);
    }
  }
  return join(names, form);
}
