/**
 * Accented letters as LaTeX accent commands (`é` → `{\'e}`), for classic BibTeX, which
 * reads bytes and breaks UTF-8 letters when it changes case or abbreviates first names.
 * Letters are decomposed (NFD) so every base letter with a known combining accent is
 * covered without a table of precomposed characters; anything else stays as it was.
 */

/** Combining marks (U+03xx) and the LaTeX command for each. */
const MARKS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
  '\u0331': 'b',
};

/** Letters that are not a base plus an accent. */
const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
};

const CLUSTER = /(\P{M})(\p{M}+)/gu;

/**
 * `protectCapitals` (titles): `{\'E}` is a "special character" whose case a title-casing
 * style changes, so an accented capital is braced once more to keep it (`{{\'E}}cole`).
 */
export function toLatexAccents(text: string, protectCapitals = false): string {
  const decomposed = text.normalize('NFD').replace(CLUSTER, (cluster, base: string, marks) => {
    const commands = [...(marks as string)].map((mark) => MARKS[mark]);
    if (commands.some((command) => command === undefined)) return cluster.normalize('NFC');
    let inner = base;
    for (const command of commands as string[]) {
      inner = /[a-z]/i.test(command) ? `\\${command}{${inner}}` : `\\${command}${inner}`;
      if (commands.length > 1) inner = `{${inner}}`;
    }
    const special = commands.length > 1 ? inner : `{${inner}}`;
    return protectCapitals && /\p{Lu}/u.test(base) ? `{${special}}` : special;
  });
  return decomposed
    .replace(/[ßæÆœŒøØłŁı]/g, (letter) => {
      const command = LETTERS[letter] ?? letter;
      return protectCapitals && /\p{Lu}/u.test(letter) ? `{${command}}` : command;
    })
    .normalize('NFC');
}
