/**
 * Reads a JSON text once, by hand, for what `JSON.parse` does not tell: where a syntax
 * error is (engines word their errors differently and some give no position at all), keys
 * given twice in one object (`JSON.parse` silently keeps the last), nesting deep enough to
 * overflow a recursive reader, and the line a value sits on (to name it in a message).
 *
 * Iterative, with an explicit stack: no input can make it recurse.
 */

export type JsonPath = (string | number)[];

export interface JsonProblem {
  /** Offset in the text where the problem is. */
  offset: number;
  message: string;
  /** Where in the document, when the problem is in a value (a duplicated key). */
  path: JsonPath;
}

export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(document)';
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

interface Frame {
  close: '}' | ']';
  /** Keys seen so far (objects only). */
  keys: Set<string> | null;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Stop {
  constructor(readonly problem: JsonProblem | null) {}
}

/**
 * Walks the document. `onValue(path, offset)` is called where each value starts and may
 * return true to stop there. Returns the first problem, or null for a well-formed text.
 */
export function walkJson(
  text: string,
  maxDepth: number,
  onValue?: (path: JsonPath, offset: number) => boolean,
): JsonProblem | null {
  let i = 0;
  const stack: Frame[] = [];
  const path: JsonPath = [];
  const fail = (message: string, at = i): never => {
    throw new Stop({ offset: at, message, path: [...path] });
  };
  const unexpected = (): never =>
    i >= text.length
      ? fail('not valid JSON (the text ends too early)')
      : fail(`not valid JSON (unexpected ${JSON.stringify(text[i])})`);
  const space = () => {
    while (i < text.length) {
      const char = text.charCodeAt(i);
      if (char !== 0x20 && char !== 0x0a && char !== 0x0d && char !== 0x09) return;
      i++;
    }
  };
  const string = (): string => {
    const start = i;
    let escaped = false;
    i++;
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') unexpected();
      if (char === '"') break;
      if (char === '\\') {
        escaped = true;
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== '' && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('not valid JSON (a bad escape in a string)');
      } else {
        i++;
      }
    }
    i++;
    const raw = text.slice(start + 1, i - 1);
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : raw;
  };
  /** Reads `"key":` inside the object on top of the stack; checks it is new there. */
  const key = () => {
    space();
    if (text[i] !== '"') unexpected();
    const at = i;
    const name = string();
    const frame = stack.at(-1) as Frame;
    if (frame.keys?.has(name)) {
      path[path.length - 1] = name;
      fail(`${formatPath(path)} appears twice in the same object`, at);
    }
    frame.keys?.add(name);
    path[path.length - 1] = name;
    space();
    if (text[i] !== ':') unexpected();
    i++;
  };
  try {
    for (;;) {
      // A value starts here.
      space();
      if (onValue?.(path, i)) return null;
      const char = text[i];
      if (char === '{' || char === '[') {
        if (stack.length >= maxDepth) {
          fail(`the JSON is nested deeper than ${maxDepth} levels: not a Paper Shelf backup`);
        }
        i++;
        stack.push({ close: char === '{' ? '}' : ']', keys: char === '{' ? new Set() : null });
        path.push(0);
        space();
        if (text[i] !== (char === '{' ? '}' : ']')) {
          if (char === '{') key();
          continue;
        }
        i++;
        stack.pop();
        path.pop();
      } else if (char === '"') {
        string();
      } else if (char === 't' || char === 'f' || char === 'n') {
        const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
        if (!text.startsWith(word, i)) unexpected();
        i += word.length;
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.exec(text)) unexpected();
        i = NUMBER.lastIndex;
      }
      // After a value: a comma and the next one, or the end of its container(s).
      for (;;) {
        space();
        const frame = stack.at(-1);
        if (!frame) {
          if (i < text.length) fail('not valid JSON (more text after the document)');
          return null;
        }
        if (text[i] === ',') {
          i++;
          if (frame.keys) key();
          else path[path.length - 1] = (path.at(-1) as number) + 1;
          break;
        }
        if (text[i] !== frame.close) unexpected();
        i++;
        stack.pop();
        path.pop();
      }
    }
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
}

/** Line of the value at `path` (or of its deepest existing parent), 0 if none. */
export function lineOfPath(text: string, path: JsonPath, maxDepth: number): number {
  let best = -1;
  let bestDepth = -1;
  walkJson(text, maxDepth, (at, offset) => {
    if (at.length > path.length || at.length <= bestDepth) return false;
    for (let k = 0; k < at.length; k++) if (at[k] !== path[k]) return false;
    best = offset;
    bestDepth = at.length;
    return at.length === path.length;
  });
  return best < 0 ? 0 : lineAt(text, best);
}
