/**
 * `send(type, request)` to the background, for extension pages (the polyfill's `runtime`)
 * and content scripts (the native one). Replies are values: a background that is asleep,
 * missing or failing gives `{ ok: false, error }`, never a throw.
 */
import { type Send, sender } from '../lib/messaging';

export interface RuntimeSend {
  sendMessage(message: unknown): Promise<unknown>;
}

export function backgroundSend(runtime: RuntimeSend | undefined): Send {
  return sender(async (message) => {
    if (!runtime) throw new Error('no extension runtime');
    return runtime.sendMessage(message);
  });
}
