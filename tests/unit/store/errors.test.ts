import { describe, expect, it } from 'vitest';
import { describeStoreError, rollBack, Writes } from '../../../lib/store/errors';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('store errors', () => {
  it('names a full disk and a newer schema in words a person can act on', () => {
    expect(describeStoreError(named('QuotaExceededError')).message).toMatch(/no room left/);
    expect(describeStoreError(named('VersionError')).message).toMatch(/newer version/);
    expect(describeStoreError('odd').message).toBe('odd');
  });

  it('rolls back with the transaction’s own cause, not the requests’ "aborted"', () => {
    let aborted = false;
    const tx = {
      abort: () => {
        aborted = true;
      },
      done: Promise.reject(named('AbortError')),
      error: named('QuotaExceededError') as unknown as DOMException,
    };
    expect(rollBack(tx, named('AbortError')).message).toMatch(/no room left/);
    expect(aborted).toBe(true);
  });
});

describe('Writes', () => {
  it('waits for every write and the transaction, and reports the first failure', async () => {
    const writes = new Writes();
    let finished = false;
    writes.track(Promise.resolve());
    writes.track(Promise.reject(named('ConstraintError')));
    writes.track(Promise.reject(named('AbortError'))); // caught: no unhandled rejection
    const done = new Promise<void>((resolve) => setTimeout(resolve, 5)).then(() => {
      finished = true;
    });
    await expect(writes.done({ done })).rejects.toThrow('ConstraintError');
    const ok = new Writes();
    ok.track(Promise.resolve());
    await ok.done({ done });
    expect(finished).toBe(true);
  });
});
