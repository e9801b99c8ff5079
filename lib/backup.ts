/**
 * The collection as one JSON document (backup, CLI input and output). Importing a backup is
 * all-or-nothing: `parseBackup` checks every field before anyone uses the result, and
 * names the line of the first problem (the syntax error, or the value of the wrong shape).
 */
import type { Backup, Item, ItemKind, List, ReadStatus, StyleName, Topic } from './types';

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    message: string,
    /** 1-based line in the JSON text, 0 when unknown. */
    readonly line: number,
    /** Where in the document, e.g. `items[3].key`. */
    readonly path: string,
  ) {
    super(line > 0 ? `line ${line}: ${message}` : message);
  }
}

// ---- locating a value's line (used only to word errors) ----

type JsonPath = (string | number)[];

function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(document)';
}

/** Line of the value at `path` (or of the deepest existing parent), 0 if not found. */
function lineOfPath(text: string, path: JsonPath): number {
  let i = 0;
  let line = 1;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i] as string)) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const skipString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skipValue = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '"') {
      skipString();
    } else if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (char === '{') {
          skipSpace();
          skipString();
          skipSpace();
          i++; // colon
        }
        skipValue();
        skipSpace();
        if (text[i] === ',') i++;
        else {
          i++;
          return;
        }
      }
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i++;
    }
  };
  /** Moves to the value at `path` inside the value starting here; false if absent. */
  const descend = (depth: number): boolean => {
    skipSpace();
    if (depth === path.length) return true;
    const want = path[depth];
    const char = text[i];
    if (char !== '{' && char !== '[') return false;
    const close = char === '{' ? '}' : ']';
    i++;
    let index = 0;
    for (;;) {
      skipSpace();
      if (text[i] === close || i >= text.length) return false;
      let key: string | number = index;
      if (char === '{') {
        key = skipString();
        skipSpace();
        i++;
      }
      skipSpace();
      if (key === want) return descend(depth + 1);
      skipValue();
      skipSpace();
      if (text[i] === ',') i++;
      index++;
    }
  };
  const found = descend(0);
  if (found) return line;
  return path.length ? lineOfPath(text, path.slice(0, -1)) : 0;
}

/**
 * Offset of the first JSON syntax error, found by reading the text ourselves: engines word
 * their errors differently and some give no position at all (V8's `Unexpected token '}'`).
 */
function syntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    if (!text.startsWith(word, i)) fail();
    i += word.length;
  };
  const string = () => {
    i++;
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') fail();
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else fail();
      } else {
        i++;
      }
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (char === '"') {
      string();
      return;
    }
    if (char === 't') {
      literal('true');
      return;
    }
    if (char === 'f') {
      literal('false');
      return;
    }
    if (char === 'n') {
      literal('null');
      return;
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.exec(text)) fail();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (offset) {
    return offset as number;
  }
}

/** 1-based line of a JSON.parse syntax error; the engine's message is the fallback. */
function syntaxErrorLine(text: string, error: unknown): number {
  let offset = syntaxErrorOffset(text);
  if (offset < 0) {
    const message = error instanceof Error ? error.message : String(error);
    const lineMatch = /line (\d+)/.exec(message);
    if (lineMatch) return Number(lineMatch[1]);
    const position = /position (\d+)/.exec(message);
    if (!position) return 0;
    offset = Number(position[1]);
  }
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text[k] === '\n') line++;
  return line;
}

// ---- validation ----

const STYLES: StyleName[] = ['awesome', 'numbered', 'wiki', 'obsidian', 'plain'];
const KINDS: ItemKind[] = ['paper', 'repo', 'model', 'dataset', 'space', 'page'];
const STATUSES: ReadStatus[] = ['to-read', 'read'];

class Problem extends Error {
  constructor(
    readonly at: JsonPath,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, at: JsonPath): Json {
  if (!isObject(value)) throw new Problem(at, `${formatPath(at)} must be an object`);
  return value;
}

function array(value: unknown, at: JsonPath): unknown[] {
  if (!Array.isArray(value)) throw new Problem(at, `${formatPath(at)} must be an array`);
  return value;
}

function string(
  record: Json,
  name: string,
  at: JsonPath,
  options: { optional?: boolean; nonEmpty?: boolean } = {},
): void {
  const value = record[name];
  if (value === undefined && options.optional) return;
  if (typeof value !== 'string' || (options.nonEmpty && value === '')) {
    const what = options.nonEmpty ? 'a non-empty string' : 'a string';
    throw new Problem([...at, name], `${formatPath([...at, name])} must be ${what}`);
  }
}

function number(record: Json, name: string, at: JsonPath, optional = false): void {
  const value = record[name];
  if (value === undefined && optional) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Problem([...at, name], `${formatPath([...at, name])} must be a number`);
  }
}

function oneOf<T extends string>(record: Json, name: string, allowed: T[], at: JsonPath): void {
  if (!allowed.includes(record[name] as T)) {
    throw new Problem(
      [...at, name],
      `${formatPath([...at, name])} must be one of ${allowed.join(', ')}`,
    );
  }
}

function strings(record: Json, name: string, at: JsonPath, optional = true): void {
  const value = record[name];
  if (value === undefined && optional) return;
  array(value, [...at, name]).forEach((entry, index) => {
    if (typeof entry !== 'string') {
      throw new Problem(
        [...at, name, index],
        `${formatPath([...at, name, index])} must be a string`,
      );
    }
  });
}

function checkList(value: unknown, at: JsonPath): void {
  const list = object(value, at);
  string(list, 'id', at, { nonEmpty: true });
  string(list, 'name', at);
  string(list, 'fileName', at);
  oneOf(list, 'style', STYLES, at);
  string(list, 'source', at, { optional: true });
  number(list, 'importedAt', at, true);
  number(list, 'exportedAt', at, true);
  number(list, 'createdAt', at);
}

function checkTopic(value: unknown, at: JsonPath, listIds: Set<string>): void {
  const topic = object(value, at);
  string(topic, 'id', at, { nonEmpty: true });
  string(topic, 'listId', at, { nonEmpty: true });
  if (!listIds.has(topic.listId as string)) {
    throw new Problem(
      [...at, 'listId'],
      `${formatPath([...at, 'listId'])} names no list in "lists"`,
    );
  }
  string(topic, 'path', at);
  number(topic, 'order', at);
  number(topic, 'createdAt', at);
}

function checkItem(value: unknown, at: JsonPath, topicIds: Set<string>): void {
  const item = object(value, at);
  string(item, 'key', at, { nonEmpty: true });
  oneOf(item, 'kind', KINDS, at);
  string(item, 'url', at);
  string(item, 'title', at);
  for (const name of ['pageTitle', 'abstract', 'description', 'contextKey'])
    string(item, name, at, { optional: true });
  for (const name of ['authors', 'codeUrls', 'paperIds', 'missing']) strings(item, name, at);
  string(item, 'note', at);
  oneOf(item, 'status', STATUSES, at);
  strings(item, 'topicIds', at, false);
  (item.topicIds as string[]).forEach((id, index) => {
    if (!topicIds.has(id)) {
      throw new Problem(
        [...at, 'topicIds', index],
        `${formatPath([...at, 'topicIds', index])} names no topic in "topics"`,
      );
    }
  });
  number(item, 'savedAt', at);
  number(item, 'updatedAt', at);
  number(item, 'editedAt', at, true);
  string(item, 'citeKey', at, { optional: true, nonEmpty: true });
  if (item.arxiv !== undefined) {
    const where = [...at, 'arxiv'];
    const arxiv = object(item.arxiv, where);
    string(arxiv, 'id', where, { nonEmpty: true });
    number(arxiv, 'version', where, true);
    for (const name of ['published', 'updated', 'pdfUrl', 'primaryCategory', 'comments', 'doi']) {
      string(arxiv, name, where, { optional: true });
    }
  }
  if (item.repo !== undefined) {
    const where = [...at, 'repo'];
    const repo = object(item.repo, where);
    string(repo, 'owner', where, { nonEmpty: true });
    string(repo, 'name', where, { nonEmpty: true });
    number(repo, 'stars', where, true);
    strings(repo, 'topics', where);
    for (const name of ['language', 'license', 'homepage'])
      string(repo, name, where, { optional: true });
  }
  if (item.hub !== undefined) {
    const where = [...at, 'hub'];
    const hub = object(item.hub, where);
    oneOf(hub, 'type', ['model', 'dataset', 'space'], where);
    string(hub, 'id', where, { nonEmpty: true });
    string(hub, 'owner', where);
    number(hub, 'likes', where, true);
    number(hub, 'downloads', where, true);
    for (const name of ['pipelineTag', 'license', 'library', 'sdk'])
      string(hub, name, where, { optional: true });
  }
}

function unique(values: unknown[], name: string, field: string): Set<string> {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const id = (value as Json)[field] as string;
    if (seen.has(id))
      throw new Problem(
        [name, index, field],
        `${formatPath([name, index, field])} "${id}" appears twice`,
      );
    seen.add(id);
  });
  return seen;
}

function check(document: unknown): Backup {
  const root = object(document, []);
  if (root.format !== 'paper-shelf-backup') {
    throw new Problem(
      ['format'],
      'format must be "paper-shelf-backup" (is this a Paper Shelf backup?)',
    );
  }
  if (root.version !== 1)
    throw new Problem(['version'], `version ${String(root.version)} is not supported (expected 1)`);
  string(root, 'exportedAt', []);
  const lists = array(root.lists, ['lists']);
  lists.forEach((list, index) => {
    checkList(list, ['lists', index]);
  });
  const listIds = unique(lists, 'lists', 'id');
  const topics = array(root.topics, ['topics']);
  topics.forEach((topic, index) => {
    checkTopic(topic, ['topics', index], listIds);
  });
  const topicIds = unique(topics, 'topics', 'id');
  const items = array(root.items, ['items']);
  items.forEach((item, index) => {
    checkItem(item, ['items', index], topicIds);
  });
  unique(items, 'items', 'key');
  return root as unknown as Backup;
}

/** Reads and checks a backup; throws a BackupError naming the line of the first problem. */
export function parseBackup(text: string): Backup {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const line = syntaxErrorLine(text, error);
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(`not valid JSON (${reason})`, line, '');
  }
  try {
    return check(document);
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    throw new BackupError(error.message, lineOfPath(text, error.at), formatPath(error.at));
  }
}

// ---- writing ----

const KEY_ORDER: Record<'root' | 'list' | 'topic' | 'item', string[]> = {
  root: ['format', 'version', 'exportedAt', 'lists', 'topics', 'items'],
  list: ['id', 'name', 'fileName', 'style', 'createdAt', 'importedAt', 'exportedAt', 'source'],
  topic: ['id', 'listId', 'path', 'order', 'createdAt'],
  item: [
    'key',
    'kind',
    'url',
    'title',
    'pageTitle',
    'authors',
    'description',
    'abstract',
    'arxiv',
    'repo',
    'hub',
    'codeUrls',
    'paperIds',
    'contextKey',
    'missing',
    'note',
    'status',
    'topicIds',
    'savedAt',
    'updatedAt',
    'editedAt',
  ],
};

/** The object's keys in the schema's order, unknown ones after in name order. */
function ordered<T extends object>(value: T, order: string[]): T {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record).sort())
    if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  return out as T;
}

/** The backup as pretty JSON with a fixed key order and a final newline: same data, same bytes. */
export function serializeBackup(backup: Backup): string {
  const document = ordered(
    {
      ...backup,
      lists: backup.lists.map((list: List) => ordered(list, KEY_ORDER.list)),
      topics: backup.topics.map((topic: Topic) => ordered(topic, KEY_ORDER.topic)),
      items: backup.items.map((item: Item) => ordered(item, KEY_ORDER.item)),
    },
    KEY_ORDER.root,
  );
  return `${JSON.stringify(document, null, 2)}\n`;
}
