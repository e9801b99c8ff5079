/**
 * The Markdown engine's public API: import a list in the user's own format, export the
 * collection back into it (or from scratch), detect a list's style. Pure: no DOM, no Node.
 */
import type { Capture, Item, List, ReadStatus, StyleName } from '../types';
import { detectStyle, documentStyle } from './detect';
import { decodeInput, MarkdownImportError } from './input';
import { exportWithSource } from './insert';
import { parseDocument } from './parse';
import { renderFromScratch } from './render';

export { detectStyle, MarkdownImportError };
export { exportNotices } from './learn/notices';

export interface ImportedEntry {
  /** Topic path joined with ' / '; '' for the list itself. */
  topic: string;
  capture: Capture;
  note?: string;
  status?: ReadStatus;
}

export interface ImportedList {
  title?: string;
  style: StyleName;
  /** Every topic path in document order, including empty ones. */
  topics: string[];
  entries: ImportedEntry[];
}

/**
 * Reads a Markdown list. Bytes must be UTF-8 text under 20 MB; anything else throws a
 * MarkdownImportError and nothing is returned.
 */
export function importList(input: string | Uint8Array): ImportedList {
  const text = decodeInput(input);
  const doc = parseDocument(text);
  const entries = doc.entries.map((entry) => {
    // The parsed document is private to this call: its captures can be handed out as they are.
    const imported: ImportedEntry = { topic: entry.topic, capture: entry.capture };
    if (entry.note !== undefined) imported.note = entry.note;
    if (entry.status !== undefined) imported.status = entry.status;
    return imported;
  });
  const list: ImportedList = { style: documentStyle(doc), topics: [...doc.topics], entries };
  if (doc.title !== undefined) list.title = doc.title;
  return list;
}

export interface ExportInput {
  list: Pick<List, 'name' | 'style' | 'source' | 'importedAt'>;
  /** The collection's topics of this list, in order, each with its items in saved order. */
  topics: {
    path: string;
    items: Item[];
    /** The heading path the topic had in the imported file (differs once renamed). */
    sourcePath?: string;
  }[];
}

export interface ExportOptions {
  /** Time written into an obsidian note's `time_modified` (default: now). */
  now?: Date;
  /** `numbered` lists: link a paper's abstract page (default) or its PDF. */
  paperUrl?: 'abs' | 'pdf';
}

/**
 * Writes a list as Markdown. With an imported source, the source's bytes changed only as
 * FORMATS.md §2 allows; without, the deterministic from-scratch form of §5.
 */
export function exportList(input: ExportInput, options: ExportOptions = {}): string {
  const { list } = input;
  const paperUrl = options.paperUrl ?? 'abs';
  if (list.source === undefined) {
    return renderFromScratch(list.name, list.style, input.topics, paperUrl);
  }
  const source: Parameters<typeof exportWithSource>[0] = {
    source: list.source,
    topics: input.topics,
    now: options.now ?? new Date(),
    paperUrl,
  };
  if (list.importedAt !== undefined) source.importedAt = list.importedAt;
  return exportWithSource(source);
}
