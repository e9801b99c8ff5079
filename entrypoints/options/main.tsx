import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './options.css';
import '../../components/library/library-look.css';
import { backgroundSend } from '../../extension/background-send';
import type { LibraryServices } from '../../components/library/services';
import { storageCache } from '../../lib/sources/storage-cache';
import { CollectionStore } from '../../lib/store/collection-store';
import { SafetyCopies } from '../../lib/store/safety';
import { workerHeavyWork } from '../../lib/heavy/worker';
import { App } from './App';
import { githubServices } from './github-services';

/**
 * Writes `bytes` zero bytes to a scratch file in the origin's private file system and
 * deletes it: a full disk refuses it there, where a failure harms nothing, rather than in
 * the middle of IndexedDB's transaction (storage.estimate() does not see a full disk).
 */
async function probeSpace(bytes: number): Promise<void> {
  const root = await navigator.storage.getDirectory();
  const name = 'paper-shelf-space-probe';
  try {
    const writable = await (await root.getFileHandle(name, { create: true })).createWritable();
    const chunk = new Uint8Array(Math.min(bytes, 1 << 20));
    try {
      for (let written = 0; written < bytes; written += chunk.length) await writable.write(chunk);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
    }
  } finally {
    await root.removeEntry(name).catch(() => undefined);
  }
}

/** storage.local key of the list, topic and sort the library showed last. */
const VIEW_KEY = 'libraryView';

function services(): LibraryServices {
  return {
    open: (onBlocked) => CollectionStore.open({ onBlocked }),
    // What the browser still allows the extension, checked before large writes.
    estimate: () => navigator.storage.estimate(),
    probeSpace,
    // Outside the collection's database: a disk failure that takes one keeps the other.
    safety: new SafetyCopies(browser.storage.local),
    now: () => Date.now(),
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
      // The list's file name without its folder: `papers/README.md` downloads as README.md.
      const name = fileName.split('/').at(-1) || 'README.md';
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    copy: (text) => navigator.clipboard.writeText(text),
    rememberedView: {
      load: async () => (await browser.storage.local.get(VIEW_KEY))[VIEW_KEY],
      save: (view) => browser.storage.local.set({ [VIEW_KEY]: view }),
    },
    citationSources: {
      fetch: (url, init) => fetch(url, init),
      cache: storageCache(browser.storage.local),
    },
    notifyChanged() {
      // Badges on open tabs follow; a background that is not awake yet needs no telling.
      void backgroundSend(browser.runtime)('savedStateChanged', {});
    },
    // Vite bundles the worker as a file of the extension ('self' under the pages' CSP).
    heavy: workerHeavyWork(
      new Worker(new URL('./heavy.worker.ts', import.meta.url), { type: 'module' }),
    ),
    github: githubServices(),
  };
}

const root = document.getElementById('app');
// The fragment names what the page was opened for (the welcome page links to #import-markdown).
if (root) render(<App services={services()} start={location.hash.slice(1)} />, root);
