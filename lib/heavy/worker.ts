/**
 * Both ends of the heavy-work channel (work.ts): `serveHeavyWork` answers requests inside a
 * Worker, `workerHeavyWork` is what the page calls. Requests and answers are plain data
 * (structured clone); an error crosses as its name and message, which is all the page's
 * messages use (lib/store/errors.ts words errors by name).
 */
import type { HeavyOp, HeavyWork } from './work';

interface Request {
  id: number;
  op: HeavyOp;
  args: unknown[];
}

type Answer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };

/** The side of a Worker (or of the page) that messages go through. */
export interface Port {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Inside the worker: runs each request on `work` and posts the answer back. */
export function serveHeavyWork(port: Port, work: HeavyWork): void {
  // Looked up on a null-prototype copy: a request for `constructor` finds nothing.
  type Op = ((...args: unknown[]) => Promise<unknown>) | undefined;
  const ops = Object.assign(Object.create(null) as object, work) as unknown as Record<string, Op>;
  port.addEventListener('message', async (event) => {
    const { id, op, args } = event.data as Request;
    const run = ops[op];
    try {
      if (typeof run !== 'function') throw new Error(`unknown operation ${String(op)}`);
      const value: unknown = await run(...args);
      port.postMessage({ id, ok: true, value } satisfies Answer);
    } catch (error) {
      const { name = 'Error', message = String(error) } = (error ?? {}) as Partial<Error>;
      port.postMessage({ id, ok: false, error: { name, message } } satisfies Answer);
    }
  });
}

/** The worker as the page sees it; a worker that fails to start or dies rejects every call. */
export function workerHeavyWork(
  worker: Port & { addEventListener(type: 'error', listener: (event: unknown) => void): void },
): HeavyWork {
  let next = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  worker.addEventListener('message', (event) => {
    const answer = event.data as Answer;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.value);
    else
      waiting.reject(Object.assign(new Error(answer.error.message), { name: answer.error.name }));
  });
  worker.addEventListener('error', (event) => {
    const detail = (event as { message?: string }).message;
    for (const waiting of pending.values()) {
      waiting.reject(new Error(`the background worker stopped${detail ? ` (${detail})` : ''}`));
    }
    pending.clear();
  });
  const call =
    (op: HeavyOp) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, op, args } satisfies Request);
      });
  return {
    readMarkdown: call('readMarkdown') as HeavyWork['readMarkdown'],
    readBackup: call('readBackup') as HeavyWork['readBackup'],
    writeBackup: call('writeBackup') as HeavyWork['writeBackup'],
    exportList: call('exportList') as HeavyWork['exportList'],
    planPush: call('planPush') as HeavyWork['planPush'],
  };
}
