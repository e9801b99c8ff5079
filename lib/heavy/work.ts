/**
 * The library page's heavy work: importing a Markdown file, restoring or writing a backup,
 * writing a big list as Markdown. Each can take seconds on a large input, and every
 * extension page (the popup included) shares one renderer thread: run on the page, they
 * would freeze all of them. The page sends them to a Worker (worker.ts); tests and browsers
 * without workers run the same operations in place.
 */
import { type ExportInput, exportList } from '../markdown/index';
import { exportBackup, importBackup } from '../store/backup-io';
import {
  importMarkdown,
  type ImportMarkdownOptions,
  type ImportMarkdownResult,
} from '../store/import-markdown';
import type { ShelfDb } from '../store/library';

/** What a restored backup held (the page words its message from this, not the records). */
export interface RestoredCounts {
  lists: number;
  items: number;
}

export interface HeavyWork {
  importMarkdown(
    input: string | Uint8Array,
    options: Omit<ImportMarkdownOptions, 'newId'>,
  ): Promise<ImportMarkdownResult>;
  importBackup(text: string): Promise<RestoredCounts>;
  exportBackup(now: number): Promise<string>;
  exportList(input: ExportInput): Promise<string>;
}

export type HeavyOp = keyof HeavyWork;

/** Runs `use` with an open collection (the page's own, or one the worker opens for it). */
export type WithDb = <T>(use: (db: ShelfDb) => Promise<T>) => Promise<T>;

/** The operations themselves, wherever they run (page or worker). */
export function heavyWork(withDb: WithDb): HeavyWork {
  return {
    importMarkdown: (input, options) => withDb((db) => importMarkdown(db, input, options)),
    importBackup: (text) =>
      withDb(async (db) => {
        const restored = await importBackup(db, text);
        return { lists: restored.lists.length, items: restored.items.length };
      }),
    exportBackup: (now) => withDb((db) => exportBackup(db, now)),
    exportList: async (input) => exportList(input),
  };
}
