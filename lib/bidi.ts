/**
 * Bidirectional control characters (Unicode's explicit embeddings, overrides, isolates and
 * marks). A right-to-left override in a title reorders everything after it on screen, so a
 * line in a diff or a list can read as something it is not ("Trojan Source",
 * CVE-2021-42574). They are never shown or written raw: export writes them as character
 * references (`&#8238;`, read back as the character), the pages show a visible tag.
 */

/** U+061C ALM, U+200E LRM, U+200F RLM, U+202A–U+202E embeddings/overrides, U+2066–U+2069 isolates. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_ALL = new RegExp(BIDI.source, 'g');

const NAMES: Record<string, string> = {
  '\u061c': 'ALM',
  '\u200e': 'LRM',
  '\u200f': 'RLM',
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

export function isBidiControl(char: string): boolean {
  return char.length === 1 && BIDI.test(char);
}

export function hasBidiControl(text: string): boolean {
  return BIDI.test(text);
}

/**
 * Text as a page should show it: each bidi control replaced by a visible tag such as
 * `[U+202E RLO]`, so it cannot reorder what follows. Other text is unchanged.
 */
export function revealBidi(text: string): string {
  if (!BIDI.test(text)) return text;
  return text.replace(BIDI_ALL, (char) => {
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return `[U+${code} ${NAMES[char] ?? ''}]`;
  });
}
