/**
 * Running an operation on a slice: the operation changes a copy, and the difference
 * between the slice and the copy is what was changed and, the other way round, the undo.
 * Computing both from the records themselves (instead of each rule listing what it
 * touched) means no rule can forget a record in its undo.
 */
import type { Context } from './collection';
import { type Changes, noChanges, type Operation, type Outcome, type Slice } from './slice';
import { renumberList } from './topics';

export function runOperation<T>(
  operation: Operation<T>,
  slice: Slice,
  context: Context,
): Outcome<T> {
  const draft = structuredClone(slice);
  const result = operation.apply(draft, context);
  keepTopicOrderDense(slice, draft);
  return { result, ...difference(slice, draft) };
}

/**
 * The order rule (topics.ts) holds after every operation: a list whose topics changed is
 * laid out again, so orders stay dense and unique whichever side added or removed one.
 */
function keepTopicOrderDense(before: Slice, after: Slice): void {
  const old = new Map(before.topics.map((topic) => [topic.id, topic]));
  const lists = new Set<string>();
  for (const topic of after.topics) {
    const was = old.get(topic.id);
    if (!was || was.path !== topic.path || was.order !== topic.order) lists.add(topic.listId);
    old.delete(topic.id);
  }
  for (const gone of old.values()) lists.add(gone.listId);
  for (const listId of lists) renumberList(after, listId);
}

type Keyed = 'lists' | 'topics' | 'items' | 'exports';
const KEYS: Record<Keyed, string> = { lists: 'id', topics: 'id', items: 'key', exports: 'listId' };
const REMOVE = {
  lists: 'removeLists',
  topics: 'removeTopics',
  items: 'removeItems',
  exports: 'removeExports',
} as const;

function difference(before: Slice, after: Slice): { changed: Changes; undo: Changes } {
  const changed = noChanges();
  const undo = noChanges();
  for (const store of Object.keys(KEYS) as Keyed[]) {
    const key = KEYS[store];
    const keyOf = (record: object) => (record as Record<string, string>)[key] as string;
    const old = new Map<string, object>(before[store].map((record) => [keyOf(record), record]));
    for (const record of after[store]) {
      const id = keyOf(record);
      const was = old.get(id);
      old.delete(id);
      if (was && sameValue(was, record)) continue;
      (changed[store] as object[]).push(record);
      if (was) (undo[store] as object[]).push(was);
      else undo[REMOVE[store]].push(id);
    }
    for (const [id, was] of old) {
      changed[REMOVE[store]].push(id);
      (undo[store] as object[]).push(was);
    }
  }
  const names = new Set([...Object.keys(before.settings), ...Object.keys(after.settings)]);
  for (const name of names) {
    if (sameValue(before.settings[name], after.settings[name])) continue;
    changed.settings[name] = after.settings[name];
    undo.settings[name] = before.settings[name];
  }
  return { changed, undo };
}

/** Structural equality of stored values (plain data: objects, arrays, primitives). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => sameValue(value, other[index]));
  }
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((value) => value !== undefined).length;
  return left.length === rightCount && left.every(([name, value]) => sameValue(value, right[name]));
}
