/** The five styles by name, and writing one item with its quote prefix and kept body lines. */
import type { StyleName } from '../../types';
import { awesome } from './awesome';
import { numbered } from './numbered';
import { obsidian } from './obsidian';
import { plain } from './plain';
import type { RenderContext, RenderItem, Style } from './types';
import { wiki } from './wiki';

export const STYLES: Record<StyleName, Style> = { awesome, numbered, wiki, obsidian, plain };

/** The item's lines in `style`; an existing entry keeps its sub-lines and block-quote prefix. */
export function renderItem(
  item: RenderItem,
  style: StyleName,
  context: RenderContext,
  quote = '',
): string[] {
  // A work known only by its title (a wiki entry) has no link to write: name it, as wiki does.
  const lines = STYLES[item.url === '' ? 'wiki' : style].render(item, context);
  for (const line of context.shape?.body ?? []) lines.push(line);
  if (!quote) return lines;
  return lines.map((line) => (line === '' ? quote.trimEnd() : `${quote}${line}`));
}
