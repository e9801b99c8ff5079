/**
 * Faults injected into fake-indexeddb: the `n`th object-store write of the test throws
 * (by default the QuotaExceededError a full disk gives), as it would part-way through a
 * transaction. The transaction is then aborted by the store, rolling back earlier writes.
 */
import { vi } from 'vitest';

export function failNthWrite(n: number, name = 'QuotaExceededError'): { writes: () => number } {
  let calls = 0;
  for (const method of ['put', 'add', 'delete'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      if (++calls === n) throw new DOMException('injected failure', name);
      return original.apply(this, args);
    } as never);
  }
  return { writes: () => calls };
}
