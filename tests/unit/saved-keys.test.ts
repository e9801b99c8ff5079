import { describe, expect, it, vi } from 'vitest';
import { type KeySource, SavedKeys } from '../../extension/background/saved-keys';

/** A store holding `stored`; counts how it is asked. */
function fakeStore(initial: string[]) {
  const holder = { stored: initial };
  return Object.assign(holder, {
    allKeys: vi.fn(async (): Promise<string[]> => [...holder.stored]),
    savedKeys: vi.fn(async (keys: string[]): Promise<string[]> =>
      keys.filter((key) => holder.stored.includes(key)),
    ),
  }) satisfies KeySource;
}

/** Lets a read started in the background finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SavedKeys', () => {
  it('asks the store until every key is read, then answers from memory', async () => {
    const store = fakeStore(['arxiv:2106.09608', 'github:a/b']);
    const saved = new SavedKeys(async () => store);
    // A worker just woken: the first question goes to the store, and all keys are read.
    expect(await saved.savedKeys(['arxiv:2106.09608', 'hf:x/y'])).toEqual(['arxiv:2106.09608']);
    expect(store.savedKeys).toHaveBeenCalledTimes(1);
    await settle();
    expect(await saved.savedKeys(['github:a/b'])).toEqual(['github:a/b']);
    expect(await saved.savedKeys(['hf:x/y'])).toEqual([]);
    expect(store.savedKeys).toHaveBeenCalledTimes(1);
    expect(store.allKeys).toHaveBeenCalledTimes(1);
  });

  it('reads afresh after a change, so a removed record loses its ✓ and a new one gets it', async () => {
    const store = fakeStore(['arxiv:1']);
    const saved = new SavedKeys(async () => store);
    await saved.savedKeys(['arxiv:1']);
    await settle();
    store.stored = ['arxiv:2'];
    expect(await saved.savedKeys(['arxiv:1', 'arxiv:2'])).toEqual(['arxiv:1']); // not told yet
    saved.invalidate();
    expect(await saved.savedKeys(['arxiv:1', 'arxiv:2'])).toEqual(['arxiv:2']);
    await settle();
    expect(await saved.savedKeys(['arxiv:1', 'arxiv:2'])).toEqual(['arxiv:2']);
    expect(store.allKeys).toHaveBeenCalledTimes(2);
  });

  it('keeps answering from the store when reading every key fails, and tries again', async () => {
    const store = fakeStore(['arxiv:1']);
    store.allKeys.mockRejectedValueOnce(new Error('database closed'));
    const saved = new SavedKeys(async () => store);
    expect(await saved.savedKeys(['arxiv:1'])).toEqual(['arxiv:1']);
    await settle();
    expect(await saved.savedKeys(['arxiv:1'])).toEqual(['arxiv:1']);
    await settle();
    expect(store.allKeys).toHaveBeenCalledTimes(2);
    expect(await saved.savedKeys(['arxiv:1'])).toEqual(['arxiv:1']);
    expect(store.savedKeys).toHaveBeenCalledTimes(2); // the third answer came from memory
  });

  it('reads every key once, however many questions come while it runs', async () => {
    const store = fakeStore(['arxiv:1']);
    const saved = new SavedKeys(async () => store);
    const answers = await Promise.all([saved.savedKeys(['arxiv:1']), saved.savedKeys(['arxiv:2'])]);
    expect(answers).toEqual([['arxiv:1'], []]);
    expect(store.allKeys).toHaveBeenCalledTimes(1);
  });
});

describe('SavedKeys.add', () => {
  it('adds a save made in the worker without reading the collection again', async () => {
    const store = fakeStore(['arxiv:1']);
    const saved = new SavedKeys(async () => store);
    await saved.savedKeys(['arxiv:1']);
    await settle();
    store.stored.push('arxiv:2');
    saved.add('arxiv:2');
    expect(await saved.savedKeys(['arxiv:1', 'arxiv:2'])).toEqual(['arxiv:1', 'arxiv:2']);
    expect(store.allKeys).toHaveBeenCalledTimes(1);
  });

  it('throws away a read still running, which began before the save was written', async () => {
    const store = fakeStore(['arxiv:1']);
    let finish: () => void = () => undefined;
    store.allKeys.mockImplementationOnce(
      () => new Promise((resolve) => (finish = () => resolve(['arxiv:1']))),
    );
    const saved = new SavedKeys(async () => store);
    await saved.savedKeys(['arxiv:1']); // starts the read
    store.stored.push('arxiv:2');
    saved.add('arxiv:2');
    finish(); // the old read ends without arxiv:2
    await settle();
    expect(await saved.savedKeys(['arxiv:2'])).toEqual(['arxiv:2']);
    await settle();
    expect(await saved.savedKeys(['arxiv:2'])).toEqual(['arxiv:2']);
    expect(store.allKeys).toHaveBeenCalledTimes(2);
  });
});
