/**
 * How deep a JSON text nests, found without parsing it. `JSON.parse` recurses once per
 * level: 100,000 nested `[` in a backup threw a bare RangeError ("Maximum call stack size
 * exceeded") that named no line. Checked first, such a file gets a plain message instead.
 */

/** Where nesting first goes past `limit` levels (1-based line), or null when it never does. */
export function tooDeep(text: string, limit: number): { line: number; depth: number } | null {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) line++;
    else if (code === 34 /* " */) {
      // Skip the string: brackets inside it are text.
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 92 /* \ */) i++;
        else if (inner === 34) break;
        else if (inner === 10) line++;
      }
    } else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (++depth > limit) return { line, depth };
    } else if (code === 93 /* ] */ || code === 125 /* } */) {
      depth--;
    }
  }
  return null;
}
