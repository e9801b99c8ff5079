/**
 * The background's message handlers under forged messages (issue 12, point 7): each sender
 * gets only its own map, every message is checked against its schema, a listing page's
 * content script can add a paper but never change a record, and nothing stores a
 * non-web URL, a bad key or an unknown kind.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundListener, type BackgroundDeps } from '../../extension/background/handlers';
import type { MessageSender } from '../../lib/messaging';
import { CollectionStore } from '../../lib/store/collection-store';
import type { Capture } from '../../lib/types';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const OPTIONS: MessageSender = { id: ID, url: `${BASE}options.html`, tab: { id: 1 } };
const POPUP: MessageSender = { id: ID, url: `${BASE}popup.html` };
const LISTING: MessageSender = {
  id: ID,
  url: 'https://arxiv.org/list/cs/new',
  tab: { id: 2, url: 'https://arxiv.org/list/cs/new' },
};
const GITHUB: MessageSender = {
  id: ID,
  url: 'https://github.com/a/b',
  tab: { id: 3, url: 'https://github.com/a/b' },
};
const OTHER_EXTENSION: MessageSender = {
  id: 'x'.repeat(32),
  url: `chrome-extension://${'x'.repeat(32)}/a.html`,
};

const paper = (id: string, title = `Paper ${id}`): Capture => ({
  key: `arxiv:${id}`,
  kind: 'paper',
  url: `https://arxiv.org/abs/${id}`,
  title,
  arxiv: { id },
});

let shelf: CollectionStore | undefined;
let count = 0;

afterEach(() => shelf?.close());

async function setUp() {
  let tick = 1000;
  shelf = await CollectionStore.open({ name: `handlers-${++count}`, now: () => ++tick });
  const opened = shelf;
  const deps: BackgroundDeps = {
    shelf: async () => opened,
    savedKeys: {
      add: vi.fn(),
      invalidate: vi.fn(),
      savedKeys: (keys: string[]) => opened.savedKeys(keys),
    },
    refreshAllTabs: vi.fn(async () => undefined),
    extensionId: ID,
    extensionBase: BASE,
    lateDetails: { after: vi.fn(async () => null) },
  };
  return { shelf: opened, deps, listen: backgroundListener(deps) };
}

describe('background handlers', () => {
  it('an extension page saves, looks up and reads topic choices', async () => {
    const { listen, shelf } = await setUp();
    const saved = await listen({ type: 'save', capture: paper('2401.00001'), topic: 'A' }, OPTIONS);
    expect(saved).toMatchObject({ ok: true, value: { existed: false } });
    expect(await listen({ type: 'lookup', keys: ['arxiv:2401.00001'] }, POPUP)).toEqual({
      ok: true,
      value: { saved: ['arxiv:2401.00001'] },
    });
    expect(await listen({ type: 'topicChoices', kind: 'paper' }, OPTIONS)).toEqual({
      ok: true,
      value: { paths: ['A'], lastTopic: 'A' },
    });
    expect((await shelf.getItem('arxiv:2401.00001'))?.title).toBe('Paper 2401.00001');
  });

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }],
    ['a data: URL', { url: 'data:text/html,<script>alert(1)</script>' }],
    ['a numeric key', { key: 123 }],
    ['a key without a scheme', { key: 'nothing' }],
    ['an unknown kind', { kind: 'evil-kind' }],
    ['a javascript: code link', { codeUrls: ['javascript:alert(1)'] }],
    ['a title of the wrong type', { title: { toString: 'x' } }],
    ['a huge title', { title: 'x'.repeat(300_000) }],
  ])('an extension page cannot store %s', async (_what, change) => {
    const { listen, shelf } = await setUp();
    const capture = { ...paper('2401.00002'), ...change };
    const reply = await listen({ type: 'save', capture, topic: 'A' }, OPTIONS);
    expect(reply.ok).toBe(false);
    expect(await shelf.allKeys()).toEqual([]);
  });

  it('unknown fields in a message are refused, unknown fields in a capture are dropped', async () => {
    const { listen, shelf } = await setUp();
    expect(
      await listen({ type: 'save', capture: paper('2401.00003'), evil: true }, OPTIONS),
    ).toMatchObject({ ok: false });
    const capture = { ...paper('2401.00003'), note: 'smuggled', topicIds: ['t'], savedAt: 0 };
    expect(await listen({ type: 'save', capture }, OPTIONS)).toMatchObject({ ok: true });
    const item = await shelf.getItem('arxiv:2401.00003');
    expect(item?.note).toBe('');
    expect(item?.topicIds).not.toContain('t');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'extract'])(
    'type %s is answered by no handler',
    async (type) => {
      const { listen } = await setUp();
      expect(await listen({ type }, OPTIONS)).toEqual({
        ok: false,
        error: `no handler for ${type}`,
      });
    },
  );

  it('a listing page saves the entry it shows as a new record, under a topic', async () => {
    const { listen, shelf } = await setUp();
    const reply = await listen(
      { type: 'save', capture: paper('2401.00004'), topic: 'From listings' },
      LISTING,
    );
    expect(reply).toMatchObject({ ok: true, value: { existed: false } });
    expect((await shelf.getItem('arxiv:2401.00004'))?.title).toBe('Paper 2401.00004');
  });

  it('a listing page cannot overwrite a record: only a topic is added', async () => {
    const { listen, shelf } = await setUp();
    await listen(
      { type: 'save', capture: paper('2401.00005', 'Mine'), topic: 'Kept', note: 'my note' },
      OPTIONS,
    );
    const before = await shelf.getItem('arxiv:2401.00005');
    const forged = {
      ...paper('2401.00005', 'Hijacked'),
      abstract: 'rewritten',
      authors: ['Mallory'],
      codeUrls: ['https://evil.example/'],
    };
    expect(await listen({ type: 'save', capture: forged, topic: 'Added' }, LISTING)).toMatchObject({
      ok: true,
      value: { existed: true },
    });
    const after = await shelf.getItem('arxiv:2401.00005');
    expect(after).toMatchObject({
      title: 'Mine',
      url: 'https://arxiv.org/abs/2401.00005',
      note: 'my note',
    });
    expect(after?.abstract).toBeUndefined();
    expect(after?.authors).toBeUndefined();
    expect(after?.codeUrls).toBeUndefined();
    expect(after?.topicIds).toEqual(expect.arrayContaining(before?.topicIds ?? []));
    expect(after?.topicIds).toHaveLength(2);
  });

  it.each([
    ['a URL of another site under an arXiv key', { url: 'https://evil.example/' }],
    ['a GitHub record', { key: 'github:a/b', kind: 'repo', url: 'https://github.com/a/b' }],
    ['another arXiv id than its URL', { arxiv: { id: '9999.99999' } }],
  ])('a listing page cannot save %s', async (_what, change) => {
    const { listen, shelf } = await setUp();
    const capture = { ...paper('2401.00006'), ...change };
    expect(await listen({ type: 'save', capture }, LISTING)).toMatchObject({ ok: false });
    expect(await shelf.allKeys()).toEqual([]);
  });

  it.each([
    ['replace its topics', { replaceTopics: true, topics: ['X'] }],
    ['set a note', { note: 'pwned' }],
    ['set the status', { status: 'read' }],
    ['choose a list', { listId: 'l1' }],
  ])('a listing page cannot %s', async (_what, extra) => {
    const { listen, shelf } = await setUp();
    const reply = await listen({ type: 'save', capture: paper('2401.00007'), ...extra }, LISTING);
    expect(reply).toMatchObject({ ok: false });
    expect(await shelf.allKeys()).toEqual([]);
  });

  it('a listing page may not ask for suggestions or say the collection changed', async () => {
    const { listen, deps } = await setUp();
    const suggest = {
      type: 'suggestTopics',
      capture: { title: 'x', kind: 'paper' },
    };
    expect(await listen(suggest, LISTING)).toMatchObject({ ok: false });
    expect(await listen({ type: 'savedStateChanged' }, LISTING)).toMatchObject({ ok: false });
    expect(deps.savedKeys.invalidate).not.toHaveBeenCalled();
  });

  it('only an extension page may ask for late details, by a well-formed key', async () => {
    const { listen, deps } = await setUp();
    await listen({ type: 'save', capture: paper('2401.00009'), topic: 'A' }, OPTIONS);
    const after = vi.mocked(deps.lateDetails.after);
    after.mockClear();
    const ask = { type: 'completeDetails', key: 'arxiv:2401.00009' };
    expect(await listen(ask, LISTING)).toMatchObject({ ok: false });
    expect(await listen({ ...ask, key: 42 }, POPUP)).toMatchObject({ ok: false });
    expect(await listen({ ...ask, key: 'not a key' }, POPUP)).toMatchObject({ ok: false });
    expect(await listen({ ...ask, capture: paper('2401.00009') }, POPUP)).toMatchObject({
      ok: false,
    });
    expect(after).not.toHaveBeenCalled();
    expect(await listen(ask, POPUP)).toEqual({ ok: true, value: {} });
    expect(after).toHaveBeenCalledWith(expect.objectContaining({ key: 'arxiv:2401.00009' }));
  });

  it('another site’s content script and other extensions get nothing at all', async () => {
    const { listen, shelf } = await setUp();
    await listen({ type: 'save', capture: paper('2401.00008'), topic: 'Private' }, OPTIONS);
    for (const from of [GITHUB, OTHER_EXTENSION, {}, { id: ID }]) {
      expect(await listen({ type: 'topicChoices', kind: 'paper' }, from)).toMatchObject({
        ok: false,
      });
      expect(await listen({ type: 'lookup', keys: ['arxiv:2401.00008'] }, from)).toMatchObject({
        ok: false,
      });
      const forged = { ...paper('2401.00008', 'Hijacked'), url: 'https://evil.example/' };
      expect(await listen({ type: 'save', capture: forged }, from)).toMatchObject({ ok: false });
    }
    expect((await shelf.getItem('arxiv:2401.00008'))?.title).toBe('Paper 2401.00008');
  });

  it('what is not a message is refused, never thrown', async () => {
    const { listen } = await setUp();
    for (const message of [null, 'save', 42, [], { type: 7 }, { type: '' }]) {
      expect(await listen(message, OPTIONS)).toMatchObject({ ok: false });
    }
  });
});
