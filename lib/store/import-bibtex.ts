/**
 * "Import BibTeX" on the library page: every entry of a `.bib` file filed under one topic
 * of a list. The file is read and checked first: a bad entry (named, with its line) throws
 * BibtexReadError before anything is touched. Then the import runs like any other import,
 * guarded (space checked, safety copy kept), as one operation in one transaction.
 */
import { importBibtex } from '../bibtex/import';
import { type BibtexImportResult, importBibtexOperation } from '../collection/bibtex';
import type { CollectionStore } from './collection-store';
import { type Guard, runGuarded } from './guarded';

export type ImportBibtexResult = BibtexImportResult;

export interface ImportBibtexOptions {
  listId: string;
  /** Topic path to file under (`''`: the list itself); created when new. */
  topic: string;
}

export async function importBibtexFile(
  store: CollectionStore,
  text: string,
  options: ImportBibtexOptions,
  guard: Guard,
): Promise<ImportBibtexResult> {
  const entries = importBibtex(text);
  const operation = importBibtexOperation({ entries, ...options });
  const { result } = await runGuarded(
    store,
    operation,
    { incomingBytes: text.length, reason: 'import', nothingDone: 'Nothing was imported' },
    guard,
  );
  return result;
}
