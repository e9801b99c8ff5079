/**
 * Trust boundaries in the real extension (issue 12, points 7 and 8): a web page's own
 * scripts and forged messages from a content-script world, against a collection that
 * holds a private topic and a record with a note.
 *
 * - The page's world (page.evaluate) reads the DOM, clicks with synthetic events and posts
 *   messages: it finds no collection data, opens nothing, saves nothing, and never hears
 *   that Paper Shelf runs (WXT's `content-script-started` postMessage is off).
 * - The content-script world (through the DevTools protocol) sends forged messages: a
 *   listing page's may add its paper to a topic and nothing more; a GitHub page's gets no
 *   answer at all; nothing stores a `javascript:` URL or overwrites a record.
 */
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openOptions,
  SHARED,
  serveFile,
  storedItems,
} from '../e2e/browser';
import {
  closedShadowElements,
  evaluateInContentScript,
  expectShadowText,
} from '../e2e/closed-shadow';

const LIST_URL = 'https://arxiv.org/list/cs/2301';
const REPO_URL = 'https://github.com/steventroughtonsmith/marzipanify';
const SAVED_ID = '2301.00003';
const SECRET_TOPIC = 'Secret project / Private';

interface StoredItem {
  key: string;
  url: string;
  title: string;
  note: string;
  topicIds: string[];
  authors?: string[];
}

let browser: ExtensionBrowser;
let options: Page;

test.beforeEach(async () => {
  browser = await launchWithExtension();
  await serveFile(browser.context, LIST_URL, path.join(SHARED, 'pages/arxiv-list-cs-2301.html'));
  await serveFile(
    browser.context,
    REPO_URL,
    path.join(SHARED, 'pages/github-repo-steventroughtonsmith-marzipanify.html'),
  );
  // Everything the page's world hears by postMessage, from the first script on.
  await browser.context.addInitScript(() => {
    const heard: string[] = [];
    Object.assign(window, { __heard: heard });
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
  });
  // The collection: one saved paper under a private topic, with the user's note.
  options = await openOptions(browser);
  const reply = await options.evaluate(
    async ({ id, topic }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
      };
      return chrome.runtime.sendMessage({
        type: 'save',
        topic,
        note: 'my own note',
        capture: {
          key: `arxiv:${id}`,
          kind: 'paper',
          url: `https://arxiv.org/abs/${id}`,
          title: 'The real title',
          arxiv: { id },
        },
      });
    },
    { id: SAVED_ID, topic: SECRET_TOPIC },
  );
  expect(reply.ok).toBe(true);
});

test.afterEach(async () => {
  await browser.close();
});

async function items(): Promise<StoredItem[]> {
  return (await storedItems(options)) as unknown as StoredItem[];
}

test("a listing page's own scripts find nothing, open nothing, save nothing, hear nothing", async () => {
  const page = await browser.context.newPage();
  await page.goto(LIST_URL);
  // The extension has done its part: the saved entry shows ✓ (in its closed root).
  await expectShadowText(page, `Save ${SAVED_ID} to Paper Shelf`, '✓ Saved');
  const before = await items();

  const seen = await page.evaluate(async () => {
    const html = document.documentElement.outerHTML;
    const all = [...document.querySelectorAll('*')];
    const hosts = [...document.querySelectorAll('dt > span:last-child')] as HTMLElement[];
    // Everything a script can do to the controls: click, press keys, submit, post.
    for (const host of hosts) {
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.focus();
      for (const key of ['Enter', ' ']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      const box = host.getBoundingClientRect();
      (
        document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) as HTMLElement
      )?.click();
    }
    window.postMessage({ type: 'save', capture: { key: 'arxiv:2301.00001' }, topic: 'Evil' }, '*');
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
      ?.runtime;
    // A barrier, not a delay: message events arrive in order, so once this one is heard every
    // listener (a content script's too) has had the forged one.
    await new Promise((resolve) => {
      window.addEventListener('message', (event) => event.data === 'barrier' && resolve(null));
      window.postMessage('barrier', '*');
    });
    return {
      html,
      openRoots: all.filter((element) => element.shadowRoot !== null).length,
      hosts: hosts.map((host) => ({
        attributes: host.attributes.length,
        children: host.childNodes.length,
        width: host.getBoundingClientRect().width,
        height: host.getBoundingClientRect().height,
      })),
      runtime: typeof runtime?.sendMessage,
      heard: (window as unknown as { __heard: string[] }).__heard,
    };
  });

  // Nothing of the collection, nor of Paper Shelf, is in the page's DOM.
  for (const secret of ['Secret project', 'Private', '✓', 'Saved', 'Paper Shelf', 'paper-shelf']) {
    expect(seen.html).not.toContain(secret);
  }
  expect(seen.openRoots).toBe(0);
  // One opaque host per entry; saved and unsaved ones take the same box.
  expect(seen.hosts).toHaveLength(3);
  for (const host of seen.hosts) {
    expect(host).toMatchObject({ attributes: 0, children: 0 });
    expect(host.width).toBe(seen.hosts[0]?.width);
  }
  expect(seen.hosts[0]?.width).toBeGreaterThan(0);
  // The page cannot message the extension, and was never told it runs.
  expect(seen.runtime).toBe('undefined');
  expect(seen.heard.filter((data) => /content-script|wxt/i.test(data))).toEqual([]);
  expect(seen.heard).toEqual([expect.stringContaining('"topic":"Evil"'), '"barrier"']);

  // The synthetic clicks opened no chooser (no topic box in any root: it opens in the click's
  // own handler) and saved nothing: a round trip from the content script to the background
  // comes after anything it could have sent before.
  const shadow = await closedShadowElements(page);
  expect(shadow.filter((element) => element.tag === 'input')).toEqual([]);
  await evaluateInContentScript(page, `chrome.runtime.sendMessage({ type: 'lookup', keys: [] })`);
  expect(await items()).toEqual(before);
});

test('forged messages from content-script worlds change no record and read nothing', async () => {
  const listing = await browser.context.newPage();
  await listing.goto(LIST_URL);
  await expectShadowText(listing, `Save ${SAVED_ID} to Paper Shelf`, '✓ Saved');
  const paper = (id: string, extra: object = {}) => ({
    key: `arxiv:${id}`,
    kind: 'paper',
    url: `https://arxiv.org/abs/${id}`,
    title: `Hijacked ${id}`,
    arxiv: { id },
    ...extra,
  });
  const forged = {
    overwriteUrl: { type: 'save', capture: paper(SAVED_ID, { url: 'https://evil.example/' }) },
    overwriteFields: {
      type: 'save',
      topic: 'Added by the page',
      capture: paper(SAVED_ID, { authors: ['Mallory'], abstract: 'rewritten' }),
    },
    replaceTopics: {
      type: 'save',
      capture: paper(SAVED_ID),
      topics: ['Evil'],
      replaceTopics: true,
    },
    note: { type: 'save', capture: paper(SAVED_ID), note: 'pwned' },
    javascriptUrl: { type: 'save', capture: paper('2301.00001', { url: 'javascript:alert(1)' }) },
    badKey: { type: 'save', capture: paper('2301.00001', { key: 123 }) },
    badKind: { type: 'save', capture: paper('2301.00001', { kind: 'evil-kind' }) },
    otherSite: {
      type: 'save',
      capture: { key: 'github:a/b', kind: 'repo', url: 'https://github.com/a/b', title: 'x' },
    },
    ctor: { type: 'constructor' },
    proto: { type: '__proto__' },
    changed: { type: 'savedStateChanged' },
    complete: { type: 'completeDetails', key: `arxiv:${SAVED_ID}` },
    suggest: { type: 'suggestTopics', capture: { title: 'x', kind: 'paper' } },
  };
  const send = (messages: object) => `(async () => {
    const out = {};
    for (const [name, message] of Object.entries(${JSON.stringify(messages)})) {
      out[name] = await chrome.runtime.sendMessage(message);
    }
    return out;
  })()`;
  const replies = await evaluateInContentScript<Record<string, { ok: boolean; error?: string }>>(
    listing,
    send(forged),
  );
  expect(replies.overwriteFields?.ok).toBe(true); // the one thing allowed: a topic more
  for (const [name, reply] of Object.entries(replies)) {
    if (name !== 'overwriteFields') expect({ name, ok: reply.ok }).toEqual({ name, ok: false });
  }
  expect(replies.ctor?.error).toBe('no handler for constructor');

  const stored = await items();
  expect(stored.map((item) => item.key)).toEqual([`arxiv:${SAVED_ID}`]);
  expect(stored[0]).toMatchObject({
    url: `https://arxiv.org/abs/${SAVED_ID}`,
    title: 'The real title',
    note: 'my own note',
  });
  expect(stored[0]?.authors).toBeUndefined();
  expect(stored[0]?.topicIds).toHaveLength(2);

  // Another site's content script may not even read the topics.
  const github = await browser.context.newPage();
  await github.goto(REPO_URL);
  await expect
    .poll(() => evaluateInContentScript<boolean>(github, 'true').catch(() => false))
    .toBe(true);
  const fromGithub = await evaluateInContentScript<Record<string, { ok: boolean }>>(
    github,
    send({
      choices: { type: 'topicChoices', kind: 'paper' },
      lookup: { type: 'lookup', keys: [`arxiv:${SAVED_ID}`] },
      save: { type: 'save', capture: paper(SAVED_ID) },
    }),
  );
  expect(Object.values(fromGithub).map((reply) => reply.ok)).toEqual([false, false, false]);
  expect(await items()).toEqual(stored);
});
