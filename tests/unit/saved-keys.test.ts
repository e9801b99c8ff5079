import { describe, expect, it, vi } from 'vitest';
import { SavedKeys } from '../../lib/background/saved-keys';

describe('SavedKeys', () => {
  it('reads the collection once and answers every later question from memory', async () => {
    const load = vi.fn(async () => ['arxiv:2106.09608', 'github:a/b']);
    const saved = new SavedKeys(load);
    expect(await saved.savedKeys(['arxiv:2106.09608', 'hf:x/y'])).toEqual(['arxiv:2106.09608']);
    expect(await saved.savedKeys(['github:a/b'])).toEqual(['github:a/b']);
    expect(await saved.savedKeys([])).toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads afresh after a change, so a removed record loses its ✓ and a new one gets it', async () => {
    let stored = ['arxiv:1'];
    const saved = new SavedKeys(async () => stored);
    expect(await saved.savedKeys(['arxiv:1', 'arxiv:2'])).toEqual(['arxiv:1']);
    stored = ['arxiv:2'];
    expect(await saved.savedKeys(['arxiv:1', 'arxiv:2'])).toEqual(['arxiv:1']); // not told yet
    saved.invalidate();
    expect(await saved.savedKeys(['arxiv:1', 'arxiv:2'])).toEqual(['arxiv:2']);
  });

  it('does not remember a failed read: the next question tries again', async () => {
    const load = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(new Error('database closed'))
      .mockResolvedValueOnce(['arxiv:1']);
    const saved = new SavedKeys(load);
    await expect(saved.savedKeys(['arxiv:1'])).rejects.toThrow('database closed');
    expect(await saved.savedKeys(['arxiv:1'])).toEqual(['arxiv:1']);
  });

  it('shares one read among questions asked while it runs', async () => {
    const load = vi.fn(async () => ['arxiv:1']);
    const saved = new SavedKeys(load);
    const answers = await Promise.all([saved.savedKeys(['arxiv:1']), saved.savedKeys(['arxiv:2'])]);
    expect(answers).toEqual([['arxiv:1'], []]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('SavedKeys.add', () => {
  it('adds a save made in the worker without reading the collection again', async () => {
    const load = vi.fn(async () => ['arxiv:1']);
    const saved = new SavedKeys(load);
    await saved.savedKeys(['arxiv:1']);
    saved.add('arxiv:2');
    expect(await saved.savedKeys(['arxiv:1', 'arxiv:2'])).toEqual(['arxiv:1', 'arxiv:2']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('adds to a read still running, which began before the save was written', async () => {
    let finish: (keys: string[]) => void = () => undefined;
    const saved = new SavedKeys(() => new Promise((resolve) => (finish = resolve)));
    const asked = saved.savedKeys(['arxiv:1']);
    saved.add('arxiv:2');
    finish(['arxiv:1']);
    await asked;
    expect(await saved.savedKeys(['arxiv:2'])).toEqual(['arxiv:2']);
  });

  it('before any read, leaves it to the first read (which sees the stored record)', async () => {
    const load = vi.fn(async () => ['arxiv:2']);
    const saved = new SavedKeys(load);
    saved.add('arxiv:2');
    expect(await saved.savedKeys(['arxiv:2'])).toEqual(['arxiv:2']);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
