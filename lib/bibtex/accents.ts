/**
 * Accented letters as LaTeX accent commands (`é` → `{\'e}`), for classic BibTeX, which
 * reads bytes and breaks UTF-8 letters when it changes case or abbreviates first names.
 * Letters are decomposed (NFD) so every base letter with a known combining accent is
 * covered without a table of precomposed characters; anything else stays as it was.
 */

/**
 * Combining marks (U+03xx) and the LaTeX command for each. Not `\b` (bar under): readers
 * such as Better BibTeX's parser take it for bold, so such letters stay UTF-8.
 */
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
    // One accent: `{\'e}`, `{\c{c}}`; several, innermost first: `{\~{\^e}}` (Vietnamese ễ).
    let inner = base;
    commands.forEach((command, index) => {
      const letter = /[a-z]/i.test(command as string);
      inner = letter || index > 0 ? `\\${command}{${inner}}` : `\\${command}${inner}`;
    });
    const special = `{${inner}}`;
    return protectCapitals && /\p{Lu}/u.test(base) ? `{${special}}` : special;
  });
  return decomposed
    .replace(/[ßæÆœŒøØłŁı]/g, (letter) => {
      const command = LETTERS[letter] ?? letter;
      return protectCapitals && /\p{Lu}/u.test(letter) ? `{${command}}` : command;
    })
    .normalize('NFC');
}
