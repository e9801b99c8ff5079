/**
 * The library page's heavy work: reading a Markdown file or a backup, writing a backup or a
 * big list as text, planning a GitHub push. Each can take seconds on a large input, and every extension page (the
 * popup included) shares one renderer thread: run on the page, they would freeze all of
 * them. The page sends them to a Worker (worker.ts) and keeps only the store's transaction,
 * which waits on IndexedDB rather than on the CPU; tests run the same functions in place.
 * All of it is pure: plain data in, plain data out (what a Worker's messages can carry).
 */
import { parseBackup, serializeBackup } from '../backup/index';
import type { Collection } from '../collection/collection';
import type { RemoteFile } from '../github/contents';
import { type PushPlan, planPush } from '../github/plan';
import { type ExportInput, exportList, type ImportedList, importList } from '../markdown/index';
import { decodeInput } from '../markdown/input';
import type { Backup, List } from '../types';

/** A Markdown file read: its text (decoded once) and the list it holds. */
export interface ReadMarkdown {
  source: string;
  imported: ImportedList;
}

export interface HeavyWork {
  /** Throws MarkdownImportError naming the line when the file is not a readable list. */
  readMarkdown(input: string | Uint8Array): Promise<ReadMarkdown>;
  /** Throws BackupError naming the line when the file is not a valid backup. */
  readBackup(input: string | Uint8Array): Promise<Backup>;
  writeBackup(backup: Backup): Promise<string>;
  exportList(input: ExportInput): Promise<string>;
  /**
   * A GitHub push plan: the list's changes re-applied onto the file fresh from GitHub,
   * and the diff (lib/github/plan.ts). `collection` holds the list's records only.
   */
  planPush(collection: Collection, list: List, remote: RemoteFile, now: Date): Promise<PushPlan>;
}

export type HeavyOp = keyof HeavyWork;

/** The operations themselves, wherever they run (in the Worker, or in place). */
export const heavyWork: HeavyWork = {
  async readMarkdown(input) {
    const source = decodeInput(input);
    return { source, imported: importList(source) };
  },
  readBackup: async (input) => parseBackup(input),
  writeBackup: async (backup) => serializeBackup(backup),
  exportList: async (input) => exportList(input),
  planPush: async (collection, list, remote, now) => planPush(collection, list, remote, now),
};
