import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch, type Handlers } from '../lib/messaging';
import { Shelf } from '../lib/store/shelf';

export default defineBackground(() => {
  // Opened on the first message, not at start-up: the worker wakes often and saves rarely.
  let shelf: Promise<Shelf> | undefined;
  const openShelf = () => {
    shelf ??= Shelf.open();
    return shelf;
  };

  const handlers: Handlers = {
    save: async (request) => (await openShelf()).save(request),
    lookup: async ({ keys }) => ({ saved: await (await openShelf()).savedKeys(keys) }),
  };

  browser.runtime.onMessage.addListener((message: unknown) => dispatch(handlers, message));
});
