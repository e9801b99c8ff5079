import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './options.css';
import type { LibraryServices } from '../../components/library/services';
import { storageCache } from '../../lib/sources/storage-cache';
import { Shelf } from '../../lib/store/shelf';
import { App } from './App';

function services(): LibraryServices {
  return {
    open: async (onBlocked) => (await Shelf.open({ onBlocked })).db,
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
    citationSources: {
      fetch: (url, init) => fetch(url, init),
      cache: storageCache(browser.storage.local),
    },
    notifyChanged() {
      // Badges on open tabs follow; a background that is not awake yet needs no telling.
      browser.runtime.sendMessage({ type: 'savedStateChanged' }).catch(() => undefined);
    },
  };
}

const root = document.getElementById('app');
if (root) render(<App services={services()} />, root);
