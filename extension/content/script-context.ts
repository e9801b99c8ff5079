/**
 * `ContentScriptContext` for WXT's content-script wrapper, without what Paper Shelf's
 * content scripts never use.
 *
 * The wrapper builds one context per script and hands it to `main`. WXT's own class also
 * brings a location watcher, timer wrappers, event-name hashing and a logger (about 2.9 KB
 * minified, a fifth of the 15 KB budget of each content script). Ours ignore the context:
 * they register one message listener (and, on listing pages, buttons) and keep no timers,
 * so this keeps only the invalidation signal. A content script that starts to need more
 * (`ctx.setTimeout`, `wxt:locationchange`) must drop the alias in wxt.config.ts
 * (`content-script-context` plugin) and pay for WXT's class.
 */
export class ContentScriptContext {
  readonly #abort = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get isValid(): boolean {
    return !this.#abort.signal.aborted;
  }

  get isInvalid(): boolean {
    return this.#abort.signal.aborted;
  }

  abort(reason?: unknown): void {
    this.#abort.abort(reason);
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
}
