import { describe, expect, it, vi } from 'vitest';
import {
  type CaptureApi,
  captureFromUrl,
  captureTab,
  extensionCaptureApi,
  NOTHING_TO_CAPTURE,
  type TabInfo,
  type TabsAndScripting,
} from '../../extension/tab-capture';
import type { PageExtraction } from '../../lib/extractors/types';
import type { Capture } from '../../lib/types';

const paper: Capture = {
  key: 'arxiv:2106.09608',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2106.09608',
  title: 'A paper',
};

function extraction(
  captures: Capture[],
  listing = false,
  url = 'https://arxiv.org/list/cs/2301',
): PageExtraction {
  return { url, title: 'Tab', extractor: 'test', captures, listing };
}

function api(overrides: Partial<CaptureApi> = {}): CaptureApi {
  return {
    sendMessage: vi.fn(() => Promise.reject(new Error('Receiving end does not exist'))),
    injectCaptureScript: vi.fn(() => Promise.reject(new Error('Cannot access contents'))),
    ...overrides,
  };
}

/** Captures a tab whose URL and title are known (as `tabs.get` would give them). */
function run(tab: TabInfo, fake: CaptureApi) {
  return captureTab(tab.id, () => Promise.resolve(tab), fake);
}

describe('captureTab', () => {
  it('does not look the tab up when its content script answers (the answer has the URL)', async () => {
    const fake = api({
      sendMessage: vi.fn(() => Promise.resolve({ ok: true, value: extraction([paper]) })),
    });
    const tabInfo = vi.fn(() => Promise.resolve({ id: 3, url: 'https://arxiv.org/abs/x' }));
    expect(await captureTab(3, tabInfo, fake)).toMatchObject({ kind: 'item', capture: paper });
    expect(tabInfo).not.toHaveBeenCalled();
  });

  it('says plainly that a browser page has nothing to capture', async () => {
    for (const url of ['chrome://newtab/', 'about:blank', undefined]) {
      expect(await run({ id: 1, url }, api())).toEqual({
        kind: 'nothing',
        reason: NOTHING_TO_CAPTURE,
      });
    }
  });

  it("uses the site's content script when it answers", async () => {
    const fake = api({
      sendMessage: vi.fn(() => Promise.resolve({ ok: true, value: extraction([paper]) })),
    });
    const result = await run({ id: 7, url: 'https://arxiv.org/abs/2106.09608' }, fake);
    expect(result).toEqual({ kind: 'item', capture: paper, extractor: 'test' });
    expect(fake.sendMessage).toHaveBeenCalledWith(7, { type: 'extract' });
    expect(fake.injectCaptureScript).not.toHaveBeenCalled();
  });

  it('injects the capture script where no content script runs', async () => {
    const page: Capture = {
      key: 'url:https://blog.example',
      kind: 'page',
      url: 'https://blog.example',
      title: 'Blog',
    };
    const fake = api({ injectCaptureScript: vi.fn(() => Promise.resolve(extraction([page]))) });
    const result = await run({ id: 7, url: 'https://blog.example/' }, fake);
    expect(result).toMatchObject({ kind: 'item', capture: page });
  });

  it('falls back to the URL when the page cannot be read (a PDF)', async () => {
    const result = await run(
      { id: 7, url: 'https://arxiv.org/pdf/2106.09608v2', title: '2106.09608v2.pdf' },
      api(),
    );
    expect(result).toEqual({
      kind: 'item',
      extractor: 'url',
      capture: {
        key: 'arxiv:2106.09608',
        kind: 'paper',
        url: 'https://arxiv.org/abs/2106.09608',
        title: 'arXiv 2106.09608',
        arxiv: { id: '2106.09608', version: 2 },
        missing: ['title', 'authors', 'abstract'],
      },
    });
  });

  it('offers a listing page itself besides its entries', async () => {
    const fake = api({
      sendMessage: vi.fn(() => Promise.resolve({ ok: true, value: extraction([paper], true) })),
    });
    const result = await run(
      { id: 7, url: 'https://arxiv.org/list/cs/2301', title: 'Computer Science' },
      fake,
    );
    expect(result).toMatchObject({
      kind: 'listing',
      entries: [paper],
      page: { key: 'url:https://arxiv.org/list/cs/2301', title: 'Tab' },
    });
  });

  it('gives an untitled capture a title from its URL', async () => {
    const fake = api({
      sendMessage: vi.fn(() =>
        Promise.resolve({ ok: true, value: extraction([{ ...paper, title: '  ' }]) }),
      ),
    });
    const result = await run({ id: 1, url: 'https://arxiv.org/abs/2106.09608' }, fake);
    expect(result.kind === 'item' && result.capture.title).toBe('arxiv.org/abs/2106.09608');
  });
});

describe('captureFromUrl', () => {
  it('keeps the repo a GitHub page belongs to', () => {
    expect(
      captureFromUrl('https://github.com/apache/tvm/issues/1', 'Bug · Issue #1'),
    ).toMatchObject({
      kind: 'page',
      title: 'Bug · Issue #1',
      contextKey: 'github:apache/tvm',
    });
  });
});

/** Just the two calls capture makes; the real types describe the whole API. */
function fakeApis(
  sendMessage: (tabId: number, message: unknown) => Promise<unknown>,
  executeScript: (injection: unknown) => Promise<{ result?: unknown }[]>,
): TabsAndScripting {
  return { tabs: { sendMessage }, scripting: { executeScript } } as unknown as TabsAndScripting;
}

describe('extensionCaptureApi', () => {
  it('asks the tab’s content script, and injects extract-page.js into the tab when told to', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true }));
    const executeScript = vi.fn(async () => [{ result: { captures: [] } }]);
    const api = extensionCaptureApi(fakeApis(sendMessage, executeScript));
    expect(await api.sendMessage(7, { type: 'extract' })).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'extract' });
    expect(await api.injectCaptureScript(7)).toEqual({ captures: [] });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      files: ['/extract-page.js'],
    });
  });

  it('gives nothing when the script ran in no frame', async () => {
    const api = extensionCaptureApi(
      fakeApis(
        async () => undefined,
        async () => [],
      ),
    );
    expect(await api.injectCaptureScript(7)).toBeUndefined();
  });
});
