/**
 * What every style file provides: a reader that recognises one list item written in that
 * style, and a writer that writes an item the same way.
 */
import type { Capture, ReadStatus, StyleName } from '../../types';
import type { EntryShape } from '../document';

/** The fields a style writes: a capture plus the user's note and read status. */
export interface RenderItem extends Capture {
  note?: string;
  status?: ReadStatus;
}

/** Where and how an item is written (list marker, checkbox convention, separators). */
export interface RenderContext {
  indent: string;
  /** `-`/`*`/`+` for bullet lists; for ordered lists the number with its delimiter (`4.`). */
  marker: string;
  gap: string;
  /** obsidian: write a task checkbox. */
  checkbox: boolean;
  /** awesome: separator before badges and extra links (`¬∑` in the seed, `·` by default). */
  sep: string;
  /** awesome: write authors as three names, `...`, the last two. */
  authorsEllipsis: boolean;
  /** numbered: the URL to use for a paper. */
  paperUrl: 'abs' | 'pdf';
  /** The entry being written again, when editing one that exists. */
  shape?: EntryShape;
}

/** One list item's text, split the way every reader needs it. */
export interface ItemText {
  indent: string;
  marker: string;
  ordered: boolean;
  gap: string;
  /** Task checkbox character (` `, `x`, `X`) when the item starts with `[ ] `. */
  checkbox?: string;
  /** The first paragraph, continuation lines joined with one space, trailing space removed. */
  head: string;
  /** Following lines (continuation paragraphs, nested lists), as written. */
  body: string[];
}

export interface Recognised {
  vote: StyleName | null;
  readAs: StyleName | 'bare';
  capture: Capture;
  note?: string;
  status?: ReadStatus;
  shape: Partial<EntryShape>;
}

export interface Style {
  name: StyleName;
  render(item: RenderItem, context: RenderContext): string[];
}

/** `- ` / `1. ` with the context's marker, indentation and gap. */
export function lead(context: RenderContext): string {
  return `${context.indent}${context.marker}${context.gap}`;
}

/**
 * The URL to write: the one in the user's file while the item still points at the same
 * work (it may carry a trailing slash or `utm_` parameters the canonical URL drops).
 */
export function writtenUrl(item: RenderItem, context: RenderContext): string {
  const shape = context.shape;
  if (shape?.linkUrl !== undefined && shape.linkCanonical === item.url) return shape.linkUrl;
  return item.url;
}
