/**
 * A topic whose heading holds ` / ` (`### Speech / Audio / Music`) is one topic: its path
 * escapes that slash (lib/topic-path.ts), and everything that shows or writes the topic's
 * name gives it back as written: .bib file names, commit messages, a rename typed in the
 * library, export notices.
 */
import { describe, expect, it } from 'vitest';
import { bibFileName } from '../../lib/bibtex/bibliography';
import { emptyCollection } from '../../lib/collection/collection';
import { addTopicPath, renameTopic } from '../../lib/collection/topics';
import type { LocalChanges } from '../../lib/github/local-changes';
import { commitMessage } from '../../lib/github/message';
import {
  displayTopicPath,
  escapeTopicName,
  splitTopicPath,
  topicDisplayName,
} from '../../lib/topic-path';
import type { Item, List } from '../../lib/types';

const SLASHED = `Audio / ${escapeTopicName('Speech / Audio / Music')}`;
const LIST = { id: 'l1', name: 'Reading list', fileName: 'README.md' } as List;

describe('names of topics that hold ` / `', () => {
  it('display paths and names unescaped', () => {
    expect(displayTopicPath(SLASHED)).toBe('Audio / Speech / Audio / Music');
    expect(topicDisplayName({ path: SLASHED })).toBe('Speech / Audio / Music');
  });

  it('name the .bib file after the whole heading', () => {
    expect(bibFileName(LIST, SLASHED)).toBe('reading-list-speech-audio-music.bib');
  });

  it('name the topic in a commit message as its heading reads', () => {
    const item = { key: 'arxiv:1', kind: 'paper' } as Item;
    const changes: LocalChanges = {
      added: [{ topic: SLASHED, item } as LocalChanges['added'][number]],
      removed: [],
      edited: [],
      renamed: [],
      deletedTopics: [],
      topics: [{ path: SLASHED }],
    };
    expect(commitMessage(changes, LIST)).toContain('Add 1 paper to Speech / Audio / Music');
  });

  it('a name typed with ` / ` in the library’s rename stays one topic', () => {
    const collection = emptyCollection();
    collection.lists.push({ ...LIST, createdAt: 0, updatedAt: 0 } as List);
    let n = 0;
    const topic = addTopicPath(collection, 'l1', 'Audio / Speech', 0, () => `t${++n}`);
    const topics = renameTopic(collection, topic.id, 'Speech / Audio / Music');
    const renamed = topics.find((t) => t.id === topic.id);
    expect(renamed?.path).toBe(SLASHED);
    expect(renamed && topicDisplayName(renamed)).toBe('Speech / Audio / Music');
    // No made-up levels: no topic is more than two headings deep.
    expect(topics.every((t) => splitTopicPath(t.path).length <= 2)).toBe(true);
  });
});
