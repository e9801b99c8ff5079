/**
 * Writes a backup as pretty JSON with a fixed key order and a final newline: the same
 * collection always gives the same bytes, so a committed backup diffs cleanly.
 */
import { FIELD_RULES } from '../sites/field-rules';
import type { Backup, Item, List, Topic } from '../types';

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
    ...FIELD_RULES.map((rules) => rules.field),
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
