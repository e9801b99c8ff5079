/**
 * A title that reads as another value: `**LoRA & Models**` passes for an author list (two
 * capitalised words joined by `&`, authors.ts), `Deep Residual Study, 2016` for a venue and
 * its year (venues.ts). An entry whose first line holds nothing else would have no title at
 * all, and the label of its link (`Paper:`, `[arXiv]`) on a later line would be taken for
 * one. Every entry names its work, and its first line is where it does: there, such words
 * are the title (a venue's year stays a date).
 */
import type { Node } from './nodes';
import { isKnownVenue } from './venues';

/** The nodes that stand for `node` read as a title, and the title's text; null if it is no such value. */
function asTitle(node: Node): { nodes: Node[]; text: string } | null {
  if (node.k === 'authors' && node.text !== undefined)
    return { nodes: [{ k: 'title' }], text: node.text };
  if (node.k !== 'venue' || isKnownVenue(node.name)) return null;
  // `{name}, {date}`: the name is the title, the rest stays as it was read.
  const [, join = ''] = /^\{name\}(.*)\{date\}$/.exec(node.form.template) ?? [];
  if (!node.form.date || !node.form.template.startsWith('{name}')) return null;
  const nodes: Node[] = [{ k: 'title' }];
  if (join) nodes.push({ k: 'lit', text: join });
  nodes.push({ k: 'date', form: node.form.date });
  return { nodes, text: node.name };
}

/**
 * Turns the first such value of `line` (not inside a generic link label, which is never a
 * value) into the title slot; returns the title's text, or null if there is none.
 */
export function valueAsTitle(line: Node[]): string | null {
  for (const [index, node] of line.entries()) {
    const title = asTitle(node);
    if (title) {
      line.splice(index, 1, ...title.nodes);
      return title.text;
    }
    const inner =
      node.k === 'group'
        ? node.children
        : node.k === 'link' && !node.generic && !node.image
          ? node.label
          : null;
    const found = inner ? valueAsTitle(inner) : null;
    if (found !== null) return found;
  }
  return null;
}
