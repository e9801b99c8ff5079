/**
 * A learned entry pattern: the neighbour's text as a tree of literal text and slots. Literal
 * text is what the neighbours share (brackets, labels like `[[paper](…)]`, separators,
 * `et al.`); slots are the values the item brings (title, links, authors, dates, venue, ids,
 * badge repo); `free` text is a value of the neighbour's own the item does not have
 * (affiliations, tags, summaries): it is left out, never copied.
 */
import type { AuthorsForm } from './authors';
import type { VenueForm } from './venues';

/** Which of the item's URLs a link destination takes. */
export type UrlRole = 'main' | 'pdf' | 'code';

export type Node =
  | { k: 'lit'; text: string }
  | { k: 'free'; text: string }
  /** Undecided text while a pattern is being learned. */
  | { k: 'txt'; text: string; html?: boolean }
  | { k: 'title' }
  | { k: 'url'; role: UrlRole; pdfSuffix: boolean }
  /** `text`: the names as read from running text (title-from-value.ts may take them back). */
  | { k: 'authors'; form: AuthorsForm; text?: string }
  | { k: 'date'; form: string }
  | { k: 'venue'; form: VenueForm; name: string }
  | { k: 'arxivId' }
  /** `owner/name` of the item's repository (inside a badge URL). */
  | { k: 'repoPath' }
  /** `whole`: an HTML tag or element, left out whole when any part of it is (never half a tag). */
  | { k: 'group'; open: string; close: string; children: Node[]; whole?: boolean }
  | { k: 'link'; image: boolean; label: Node[]; dest: Node[]; generic: boolean };

/** Visits every node depth-first (children after their parent). */
export function eachNode(nodes: Node[], visit: (node: Node, siblings: Node[]) => void): void {
  for (const node of nodes) {
    visit(node, nodes);
    if (node.k === 'group') eachNode(node.children, visit);
    if (node.k === 'link') {
      eachNode(node.label, visit);
      eachNode(node.dest, visit);
    }
  }
}

/** A short description of a pattern's shape, to find the shape most neighbours share. */
export function signature(nodes: Node[]): string {
  return nodes
    .map((node) => {
      switch (node.k) {
        case 'lit':
          return node.text.trim() === '' ? '' : `'${node.text.trim()}'`;
        case 'free':
        case 'txt':
          return '~';
        case 'group':
          return `${node.open}${signature(node.children)}${node.close}`;
        case 'link':
          return `${node.image ? '!' : ''}[${signature(node.label)}](${signature(node.dest)})`;
        case 'url':
          return `@${node.role}`;
        default:
          return `{${node.k}}`;
      }
    })
    .filter((part) => part !== '')
    .join(' ');
}
