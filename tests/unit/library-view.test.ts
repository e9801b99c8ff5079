import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, readLibraryView } from '../../lib/library-view';

describe('readLibraryView', () => {
  it('reads back what was stored', () => {
    expect(readLibraryView({ listId: 'l1', topicId: 't2', sort: 'title' })).toEqual({
      listId: 'l1',
      topicId: 't2',
      sort: 'title',
    });
  });

  it('keeps the good parts of a stale or hand-edited value', () => {
    expect(readLibraryView({ listId: 'l1', topicId: 7, sort: 'size' })).toEqual({
      listId: 'l1',
      sort: 'added',
    });
    expect(readLibraryView({ listId: '', sort: 'published' })).toEqual({ sort: 'published' });
  });

  it('starts from the defaults when nothing usable was stored', () => {
    for (const stored of [undefined, null, 'title', 42, []]) {
      expect(readLibraryView(stored)).toEqual(DEFAULT_VIEW);
    }
  });
});
