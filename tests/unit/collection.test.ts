import { describe, expect, it } from 'vitest';
import { emptyCollection } from '../../lib/collection/collection';
import { fileCapture } from '../../lib/collection/file';
import { createList } from '../../lib/collection/lists';
import { mergeCapture, newItem } from '../../lib/collection/merge';
import { normalizeTopicPath, splitTopicPath, topicPathChain } from '../../lib/topic-path';
import { ensureTopic } from '../../lib/collection/topics';
import type { Capture } from '../../lib/types';

let counter = 0;
const ids = () => `id${++counter}`;

const paperV1: Capture = {
  key: 'arxiv:2106.09608',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2106.09608',
  title: 'Old title',
  authors: ['A One'],
  arxiv: { id: '2106.09608', version: 1, published: '2021-06-17', updated: '2021-06-17' },
  codeUrls: ['https://github.com/a/one'],
};

describe('topic paths', () => {
  it('splits only on a slash with spaces around it', () => {
    expect(splitTopicPath('World models / Text games')).toEqual(['World models', 'Text games']);
    expect(splitTopicPath('Speculative decoding/LLM')).toEqual(['Speculative decoding/LLM']);
    expect(splitTopicPath('/misc/')).toEqual(['/misc/']);
    expect(normalizeTopicPath('  A   /  B ')).toBe('A / B');
    expect(topicPathChain('A / B / C')).toEqual(['A', 'A / B', 'A / B / C']);
  });
});

describe('ensureTopic', () => {
  it('creates a topic with its parents once, then finds it', () => {
    const collection = emptyCollection();
    const list = createList(collection, { name: 'L' }, 1, ids);
    const topic = ensureTopic(collection, list.id, 'World models / Text games', 1, ids);
    expect(topic.path).toBe('World models / Text games');
    expect(collection.topics.map((t) => t.path)).toEqual([
      '',
      'World models',
      'World models / Text games',
    ]);
    expect(ensureTopic(collection, list.id, 'World models  /  Text games', 2, ids)).toBe(topic);
    expect(collection.topics).toHaveLength(3);
  });
});

describe('mergeCapture', () => {
  it('lets a newer version win and unites links, keeping what the user gave', () => {
    const existing = { ...newItem(paperV1, 1), note: 'mine', topicIds: ['t1'] };
    const merged = mergeCapture(
      existing,
      {
        ...paperV1,
        title: 'New title',
        arxiv: { id: '2106.09608', version: 2, published: '2021-06-17', updated: '2021-09-01' },
        codeUrls: ['https://github.com/b/two'],
      },
      5,
    );
    expect(merged).toMatchObject({
      title: 'New title',
      note: 'mine',
      topicIds: ['t1'],
      savedAt: 1,
      updatedAt: 5,
      arxiv: { version: 2, updated: '2021-09-01', published: '2021-06-17' },
      codeUrls: ['https://github.com/a/one', 'https://github.com/b/two'],
    });
  });

  it('keeps the newer version when an older one is captured later, filling gaps only', () => {
    const existing = newItem(
      {
        ...paperV1,
        title: 'V3 title',
        abstract: undefined,
        arxiv: { id: '2106.09608', version: 3 },
      },
      1,
    );
    const merged = mergeCapture(existing, { ...paperV1, abstract: 'From v1' }, 2);
    expect(merged.title).toBe('V3 title');
    expect(merged.abstract).toBe('From v1');
    expect(merged.arxiv?.version).toBe(3);
    expect(merged.arxiv?.published).toBe('2021-06-17');
  });

  it("keeps the record's title on a re-save of the same version (the user's list text)", () => {
    const imported = newItem({ ...paperV1, title: 'My own title for it' }, 1);
    expect(mergeCapture(imported, { ...paperV1, title: 'Site title' }, 2).title).toBe(
      'My own title for it',
    );
    const placeholder = newItem({ ...paperV1, title: 'arXiv 2106.09608', missing: ['title'] }, 1);
    expect(mergeCapture(placeholder, { ...paperV1, title: 'Site title' }, 2).title).toBe(
      'Site title',
    );
  });

  it('forgets a missing field once either side found it', () => {
    const existing = newItem({ ...paperV1, missing: ['abstract', 'authors'] }, 1);
    const merged = mergeCapture(existing, { ...paperV1, missing: ['authors'] }, 2);
    expect(merged.missing).toEqual(['authors']);
    expect(mergeCapture(existing, paperV1, 2).missing).toBeUndefined();
  });
});

describe('fileCapture', () => {
  it('saving the same work twice keeps one record in both topics', () => {
    const collection = emptyCollection();
    const list = createList(collection, { name: 'L' }, 1, ids);
    const first = fileCapture(
      collection,
      { capture: paperV1, listId: list.id, topics: ['A'] },
      1,
      ids,
    );
    const second = fileCapture(
      collection,
      { capture: paperV1, listId: list.id, topics: ['B'], note: 'n' },
      2,
      ids,
    );
    expect(first.existed).toBe(false);
    expect(second.existed).toBe(true);
    expect(collection.items).toHaveLength(1);
    expect(collection.items[0]?.topicIds).toEqual([first.topics[0]?.id, second.topics[0]?.id]);
    expect(collection.items[0]?.note).toBe('n');
    expect(collection.items[0]?.editedAt).toBe(2);
  });

  it('files under several topics, and an edit replaces the topics of that list only', () => {
    const collection = emptyCollection();
    const list = createList(collection, { name: 'L' }, 1, ids);
    const other = createList(collection, { name: 'Other' }, 1, ids);
    fileCapture(collection, { capture: paperV1, listId: other.id, topics: ['Elsewhere'] }, 1, ids);
    const saved = fileCapture(
      collection,
      { capture: paperV1, listId: list.id, topics: ['A', 'B / C', 'A'] },
      2,
      ids,
    );
    expect(saved.topics.map((topic) => topic.path)).toEqual(['A', 'B / C']);
    expect(saved.item.topicIds).toHaveLength(3);
    const edited = fileCapture(
      collection,
      { capture: paperV1, listId: list.id, topics: ['B / C'], replaceTopics: true, status: 'read' },
      3,
      ids,
    );
    const paths = edited.item.topicIds.map(
      (id) => collection.topics.find((topic) => topic.id === id)?.path,
    );
    expect(paths).toEqual(['Elsewhere', 'B / C']);
    expect(edited.item).toMatchObject({ status: 'read', editedAt: 3 });
  });
});
