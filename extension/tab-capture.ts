/**
 * What the popup captures from a tab, in order of preference:
 * 1. the site's content script, asked with an `extract` message;
 * 2. the capture script injected through `activeTab` (any other page);
 * 3. the URL alone (a PDF, a page the browser will not let us read): identity + tab title.
 * Every path ends in a capture or a plain reason why there is none; nothing throws.
 */
import type { WxtBrowser } from 'wxt/browser';
import type { PageExtraction } from '../lib/extractors/types';
import { identify, identityRecords } from '../lib/identity';
import { checkExtraction } from '../lib/messages/extraction-schema';
import { type Message, sender } from '../lib/messaging';
import type { Capture } from '../lib/types';

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

/** The browser calls capture needs; the popup passes the real ones, tests fakes. */
export interface CaptureApi {
  sendMessage(tabId: number, message: Message): Promise<unknown>;
  injectCaptureScript(tabId: number): Promise<unknown>;
}

/** The extension APIs `extensionCaptureApi` calls (a type only: lib/ imports no browser). */
export type TabsAndScripting = Pick<WxtBrowser, 'tabs' | 'scripting'>;

/** The real calls, for the popup and the background: the content script, else `extract-page.js`. */
export function extensionCaptureApi(api: TabsAndScripting): CaptureApi {
  return {
    sendMessage: (tabId, message) => api.tabs.sendMessage(tabId, message),
    injectCaptureScript: async (tabId) => {
      const [frame] = await api.scripting.executeScript({
        target: { tabId },
        files: ['/extract-page.js'],
      });
      return frame?.result;
    },
  };
}

export type TabCapture =
  | { kind: 'item'; capture: Capture; extractor: string }
  | { kind: 'listing'; page: Capture; entries: Capture[] }
  | { kind: 'nothing'; reason: string };

export const NOTHING_TO_CAPTURE =
  'Nothing to save here: browser pages such as new tabs, settings and chrome:// pages hold no paper, repository or model.';

const CONTENT_SCRIPT_TIMEOUT_MS = 1500;

/**
 * Captures a tab. `tabInfo` (the tab's URL and title) is asked only when the content script
 * does not answer: its answer carries both, and sparing the look-up makes the popup faster.
 */
export async function captureTab(
  tabId: number,
  tabInfo: () => Promise<TabInfo>,
  api: CaptureApi,
): Promise<TabCapture> {
  const answered = await askContentScript(tabId, api);
  if (answered) return fromExtraction(answered, answered.url);
  const tab = await tabInfo();
  if (!tab.url || !identify(tab.url)) return { kind: 'nothing', reason: NOTHING_TO_CAPTURE };
  const injected = await injectAndExtract(tabId, api);
  if (injected) return fromExtraction(injected, tab.url, tab.title);
  const capture = captureFromUrl(tab.url, tab.title) ?? fallbackPage(tab.url, tab.title);
  return { kind: 'item', capture, extractor: 'url' };
}

function fromExtraction(page: PageExtraction, url: string, tabTitle?: string): TabCapture {
  if (page.captures.length === 0) {
    const capture = captureFromUrl(url, tabTitle ?? page.title) ?? fallbackPage(url, page.title);
    return { kind: 'item', capture, extractor: 'url' };
  }
  if (page.listing) {
    return { kind: 'listing', page: fallbackPage(url, page.title), entries: page.captures };
  }
  const [capture] = page.captures as [Capture];
  return { kind: 'item', capture: withTitle(capture), extractor: page.extractor };
}

async function askContentScript(tabId: number, api: CaptureApi): Promise<PageExtraction | null> {
  const send = sender((message) => api.sendMessage(tabId, message));
  try {
    const reply = await withTimeout(send('extract', {}), CONTENT_SCRIPT_TIMEOUT_MS);
    return reply.ok ? checkExtraction(reply.value) : null;
  } catch {
    // No content script on this page (or it did not answer): try the next way.
    return null;
  }
}

async function injectAndExtract(tabId: number, api: CaptureApi): Promise<PageExtraction | null> {
  try {
    return checkExtraction(await api.injectCaptureScript(tabId));
  } catch {
    // The browser refused (no activeTab grant, a PDF viewer, the web store): URL only.
    return null;
  }
}

/** A capture from the URL alone: enough to save, with what is missing said. */
export function captureFromUrl(url: string, title?: string): Capture | null {
  const identity = identify(url);
  if (!identity) return null;
  const capture: Capture = {
    key: identity.key,
    kind: identity.kind,
    url: identity.url,
    title: cleanTitle(title) || titleFromUrl(identity.url),
  };
  Object.assign(capture, identityRecords(identity));
  // The preprint version a bioRxiv/medRxiv URL names (v2 of a `.full.pdf`).
  if (identity.version !== undefined) capture.version = identity.version;
  if (identity.arxiv) {
    // A PDF tab's title is the file name or the id: the API will give the real one.
    capture.title = `arXiv ${identity.arxiv.id}`;
    capture.missing = ['title', 'authors', 'abstract'];
  } else if (identity.kind === 'paper') {
    // Any other paper's PDF (OpenReview, ACL, PMLR, NeurIPS, bioRxiv, a DOI): the key is
    // right, the tab's title is a file name at best. Marked missing, so the site's source
    // completes the record after the save (lib/sites/<site>/source.ts).
    capture.missing = ['title', 'authors', 'abstract', 'date'];
  }
  if (identity.contextKey) capture.contextKey = identity.contextKey;
  return capture;
}

/**
 * A link's capture, before any API is asked: the identity from its URL and a title from
 * the link text (for a paper or a repo the id is a better title until the API answers).
 */
export function captureLink(url: string, linkText?: string): Capture | null {
  const capture = captureFromUrl(url, linkText);
  if (!capture) return null;
  if (capture.repo) capture.title = `${capture.repo.owner}/${capture.repo.name}`;
  if (capture.hub) capture.title = capture.hub.id;
  return capture;
}

function fallbackPage(url: string, title?: string): Capture {
  const identity = identify(url);
  const normalized = identity?.url ?? url;
  return {
    key: identity?.key ?? `url:${url}`,
    kind: identity?.kind ?? 'page',
    url: normalized,
    title: cleanTitle(title) || titleFromUrl(normalized),
  };
}

function withTitle(capture: Capture): Capture {
  return capture.title.trim() ? capture : { ...capture, title: titleFromUrl(capture.url) };
}

function cleanTitle(title: string | undefined): string {
  return (title ?? '').replace(/\s+/g, ' ').trim();
}

/** `https://example.org/blog/my-post.html` → `example.org/blog/my-post.html`. */
export function titleFromUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname).replace(/\/$/, '');
    return `${parsed.host}${path}`;
  } catch {
    return url;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
