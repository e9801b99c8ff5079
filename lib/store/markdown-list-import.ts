/**
 * "Import Markdown" on the library page: a file becomes a new list, or refreshes a list
 * from a newer version of its file. The file is read and checked before anything else
 * (a bad file throws MarkdownImportError naming the line), then the import runs guarded
 * (space checked, safety copy kept) as one operation in one transaction.
 */
import {
  importMarkdown as importOperation,
  type MarkdownImportResult,
} from '../collection/import-operation';
import { importList } from '../markdown/index';
import { decodeInput } from '../markdown/input';
import type { ReadMarkdown } from '../heavy/work';
import type { CollectionStore } from './collection-store';
import { type Guard, runGuarded } from './guarded';

export type ImportMarkdownResult = MarkdownImportResult;

export interface ImportMarkdownOptions {
  /** Refresh this list from the file; without, the file becomes a new list. */
  listId?: string;
  name?: string;
  fileName?: string;
}

export async function importMarkdown(
  store: CollectionStore,
  input: string | Uint8Array,
  options: ImportMarkdownOptions,
  guard: Guard,
): Promise<ImportMarkdownResult> {
  const source = decodeInput(input);
  return importReadMarkdown(store, { source, imported: importList(source) }, options, guard);
}

/** The same, for a file already read (in the library page's Worker). */
export async function importReadMarkdown(
  store: CollectionStore,
  { source, imported }: ReadMarkdown,
  options: ImportMarkdownOptions,
  guard: Guard,
): Promise<ImportMarkdownResult> {
  const operation = importOperation({ imported, source, ...options });
  const refresh = options.listId !== undefined;
  const { result } = await runGuarded(
    store,
    operation,
    {
      incomingBytes: source.length,
      reason: refresh ? 'refresh' : 'import',
      nothingDone: refresh ? 'Nothing was refreshed' : 'Nothing was imported',
    },
    guard,
  );
  return result;
}
