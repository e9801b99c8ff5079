/**
 * Importing a Markdown list, or refreshing a list from a newer version of its file: the
 * library's "Import Markdown" and the CLI's `import` run this one operation.
 */
import type { ImportedList } from '../markdown/index';
import type { List } from '../types';
import { CollectionError } from './collection';
import { setExportRecord } from './exports';
import { applyImportedList } from './imported-list';
import { refreshList } from './refresh';
import type { Operation } from './slice';

export interface MarkdownImportRequest {
  imported: ImportedList;
  /** The file's text, kept so export can write the same bytes back. */
  source: string;
  /** Refresh this list from the file; without, the file becomes a new list. */
  listId?: string;
  name?: string;
  fileName?: string;
  /**
   * Refresh only: the list's current file already read (off the page's thread), used when
   * it is still the list's source at apply time; else the refresh reads it itself.
   */
  previous?: { source: string; imported: ImportedList };
}

export interface MarkdownImportResult {
  list: List;
  created: number;
  merged: number;
  /** Refresh only: entries the newer file no longer holds, taken out of their topic. */
  dropped: number;
}

export function importMarkdown(request: MarkdownImportRequest): Operation<MarkdownImportResult> {
  const { imported, source, listId } = request;
  const keys = [...new Set(imported.entries.map((entry) => entry.capture.key))];
  return {
    needs: {
      items: keys,
      ...(listId ? { itemsOfList: listId, exports: [listId] } : {}),
    },
    apply(draft, { now, newId }) {
      let result: MarkdownImportResult;
      if (listId) {
        const list = draft.lists.find((l) => l.id === listId);
        if (!list) throw new CollectionError('That list no longer exists.');
        const refreshed = refreshList(draft, list, imported, source, {
          now,
          newId,
          ...(request.fileName ? { fileName: request.fileName } : {}),
          ...(request.previous ? { previous: request.previous } : {}),
        });
        const orphans = new Set(refreshed.orphans);
        draft.items = draft.items.filter((item) => !orphans.has(item.key));
        const { list: next, created, merged, dropped } = refreshed;
        result = { list: next, created, merged, dropped };
      } else {
        const applied = applyImportedList(draft, imported, source, {
          ...(request.name ? { name: request.name } : {}),
          ...(request.fileName ? { fileName: request.fileName } : {}),
          now,
          newId,
        });
        result = {
          list: applied.list,
          created: applied.created,
          merged: applied.merged,
          dropped: 0,
        };
      }
      // What the file holds is the baseline of "new since last export" until the next export.
      setExportRecord(draft, { listId: result.list.id, at: now, keys });
      return result;
    },
  };
}
