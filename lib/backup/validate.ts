/**
 * Checks a parsed backup document field by field before anyone uses it. The first problem
 * is thrown as a `Problem` with its path in the document (`items[3].url`), which
 * lib/backup/index.ts turns into the line of the file.
 *
 * The sites' own fields (`arxiv`, `repo`, `hub`) are checked by the sites' field rules.
 */
import { ITEM_KINDS } from '../item-kinds';
import { FIELD_RULES } from '../sites/field-rules';
import type { FieldChecks } from '../sites/types';
import type { Backup, ReadStatus, StyleName } from '../types';
import { isWebUrl } from '../web-url';
import { formatPath, type JsonPath } from './json-scan';

const STYLES: StyleName[] = ['awesome', 'numbered', 'wiki', 'obsidian', 'plain'];
const STATUSES: ReadStatus[] = ['to-read', 'read'];
/** An identity key: a scheme, then the id (`arxiv:2106.09608`, `title:…` for wiki entries). */
const KEY = /^[a-z][a-z0-9-]*:\S/;

export class Problem extends Error {
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

/** A link the library and the exported lists will show: http(s) only, never `javascript:`. */
function webUrl(record: Json, name: string, at: JsonPath, optional = true): void {
  string(record, name, at, { optional });
  const value = record[name];
  if (typeof value === 'string' && !isWebUrl(value)) {
    throw new Problem(
      [...at, name],
      `${formatPath([...at, name])} must be an http(s) URL (not ${JSON.stringify(value.slice(0, 40))})`,
    );
  }
}

function webUrls(record: Json, name: string, at: JsonPath): void {
  strings(record, name, at);
  (record[name] as string[] | undefined)?.forEach((url, index) => {
    if (!isWebUrl(url)) {
      throw new Problem(
        [...at, name, index],
        `${formatPath([...at, name, index])} must be an http(s) URL`,
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
  string(topic, 'sourcePath', at, { optional: true });
  number(topic, 'order', at);
  number(topic, 'createdAt', at);
}

function checkItem(value: unknown, at: JsonPath, topicIds: Set<string>): void {
  const item = object(value, at);
  string(item, 'key', at, { nonEmpty: true });
  if (!KEY.test(item.key as string)) {
    throw new Problem(
      [...at, 'key'],
      `${formatPath([...at, 'key'])} must be an identity key such as arxiv:2106.09608`,
    );
  }
  oneOf(item, 'kind', ITEM_KINDS, at);
  // Only an imported wiki entry (`title:` key) may have no link.
  const linkless = (item.key as string).startsWith('title:') && item.url === '';
  if (!linkless) webUrl(item, 'url', at, false);
  string(item, 'title', at);
  for (const name of ['pageTitle', 'abstract', 'description', 'doi', 'published'])
    string(item, name, at, { optional: true });
  for (const name of ['authors', 'paperIds', 'missing', 'notes', 'links']) strings(item, name, at);
  webUrls(item, 'codeUrls', at);
  string(item, 'contextKey', at, { optional: true });
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
  if (item.venue !== undefined) {
    const where = [...at, 'venue'];
    const venue = object(item.venue, where);
    string(venue, 'name', where);
    if (venue.type !== undefined)
      oneOf(venue, 'type', ['conference', 'journal', 'workshop', 'other'], where);
    number(venue, 'year', where, true);
    for (const name of ['volume', 'issue', 'pages', 'publisher', 'source'])
      string(venue, name, where, { optional: true });
  }
  if (item.citations !== undefined) {
    const where = [...at, 'citations'];
    const citations = object(item.citations, where);
    number(citations, 'count', where);
    string(citations, 'checkedAt', where);
  }
  checkSiteFields(item, at);
}

/** The fields one site's records have: each site checks its own (lib/sites/<site>/fields.ts). */
function checkSiteFields(item: Json, at: JsonPath): void {
  for (const rules of FIELD_RULES) {
    if (item[rules.field] === undefined) continue;
    const where = [...at, rules.field];
    rules.validate(object(item[rules.field], where), where, FIELD_CHECKS);
  }
}

const FIELD_CHECKS: FieldChecks = { string, number, strings, oneOf, webUrl };

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

/** The document as a Backup, or a Problem naming the first field that is wrong. */
export function checkBackup(document: unknown): Backup {
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
