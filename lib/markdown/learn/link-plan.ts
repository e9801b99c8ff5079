/**
 * Which URL each link of a learned pattern takes for one item, decided for the whole entry
 * at once: a link whose label names a kind takes only a URL of that kind (a repository never
 * goes into `[[arXiv](…)]`), the same URL is written once (no `[[Paper](gh)] [[Code](gh)]`),
 * and an item URL no slot fits goes into the title link, else into a link relabelled for its
 * kind (`[[code](…)]` where the neighbours write `[[paper](…)]`).
 */
import { identify } from '../../identity';
import type { Capture } from '../../types';
import { parseAtoms, plainText } from './atoms';
import { findLinks } from '../links';
import { fitsKind, labelFor, labelKind, type LinkKind, urlFor } from './link-kinds';
import { eachNode, type Node } from './nodes';

type LinkNode = Extract<Node, { k: 'link' }>;

export interface LinkPlan {
  /** The URL each planned link takes; null: the link leaves. */
  urls: Map<Node, string | null>;
  /** New label text for a link that now points at another kind of page. */
  labels: Map<Node, string>;
  /** A badge link had to be rewritten as a text link to carry the item's URL. */
  badgeRewritten: boolean;
}

/** A label's text as written, image URLs included (a badge's URL names its kind too). */
function labelText(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.k === 'lit' || node.k === 'txt' || node.k === 'free') return node.text;
      if (node.k === 'group') return `${node.open}${labelText(node.children)}${node.close}`;
      if (node.k === 'link')
        return `${node.image ? '!' : ''}[${labelText(node.label)}](${labelText(node.dest)})`;
      return '';
    })
    .join('');
}

function hasImage(nodes: Node[]): boolean {
  return nodes.some((node) => node.k === 'link' && node.image);
}

interface Slot {
  node: LinkNode;
  url: string | null;
  kind: LinkKind | null;
  /** Where the label names its kind (to be swapped for another kind's word). */
  word: RegExpExecArray | null;
  label: string;
  titled: boolean;
  badge: boolean;
  /** Left without a URL because the item's did not fit: may take the item's URL instead. */
  open: boolean;
}

/** Whether a URL slot outside any link (a bare `Paper: https://…`) writes the item's URL. */
function bareMainUrl(parts: Node[][]): boolean {
  let found = false;
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.k === 'url' && node.role !== 'code') found = true;
      if (node.k === 'group') visit(node.children);
    }
  };
  parts.forEach(visit);
  return found;
}

/** Kinds from the most to the least specific: `[arXiv]` says more of an arXiv URL than `[paper]`. */
const SPECIFIC: (LinkKind | null)[] = [
  'arxiv',
  'pdf',
  'code',
  'model',
  'dataset',
  'demo',
  'paper',
  'project',
  'media',
];

export function planLinks(
  parts: Node[][],
  item: Capture,
  spellings: Map<string, string>,
  /** Whether a badge link (`[![arXiv](…)](…)`) may be rewritten as a text link for the item. */
  badges = true,
): LinkPlan {
  const slots: Slot[] = [];
  for (const nodes of parts)
    eachNode(nodes, (node) => {
      if (node.k !== 'link' || node.image) return;
      const dest = node.dest[0];
      if (node.dest.length !== 1 || dest?.k !== 'url') return;
      const label = labelText(node.label);
      const named = node.generic ? labelKind(label) : null;
      let url = urlFor(dest.role, dest.pdfSuffix, item);
      let open = false;
      if (url !== null && named && !fitsKind(named.kind, url)) {
        url = null;
        open = dest.role !== 'code';
      }
      const titled = !node.generic;
      if (url === null && titled) open = true;
      slots.push({
        node,
        url,
        kind: named?.kind ?? null,
        word: named?.word ?? null,
        label,
        titled,
        badge: hasImage(node.label),
        open,
      });
    });
  // One link per URL: the title link keeps it, else a link whose label names its kind.
  // Badges (a star count) show something of their own and stay.
  const byUrl = new Map<string, Slot[]>();
  for (const slot of slots)
    if (slot.url !== null && !slot.badge)
      byUrl.set(slot.url, [...(byUrl.get(slot.url) ?? []), slot]);
  for (const group of byUrl.values()) {
    if (group.length < 2) continue;
    const named = group.filter((slot) => slot.kind !== null);
    named.sort((a, b) => SPECIFIC.indexOf(a.kind) - SPECIFIC.indexOf(b.kind));
    const keep = group.find((slot) => slot.titled) ?? named[0] ?? group[0];
    for (const slot of group) if (slot !== keep) slot.url = null;
  }
  const plan: LinkPlan = { urls: new Map(), labels: new Map(), badgeRewritten: false };
  for (const slot of slots) plan.urls.set(slot.node, slot.url);
  const placed =
    item.url === '' ||
    slots.some(
      (slot) => slot.url === item.url || (item.arxiv && slot.url?.includes(item.arxiv.id)),
    );
  if (placed || bareMainUrl(parts)) return plan;
  // The item's URL fits no slot: the title link takes it, else a link relabelled for it.
  const home =
    slots.find((slot) => slot.open && slot.titled) ??
    slots.find((slot) => slot.open && (badges || !slot.badge));
  if (!home) return plan;
  plan.badgeRewritten = home.badge && !home.titled;
  plan.urls.set(home.node, item.url);
  if (!home.titled) {
    const like = home.word?.[0] ?? 'link';
    const word = labelFor(item, like, spellings);
    const at = home.word?.index ?? -1;
    plan.labels.set(
      home.node,
      home.badge || at < 0
        ? word
        : `${home.label.slice(0, at)}${word}${home.label.slice(at + like.length)}`,
    );
  }
  return plan;
}

/**
 * How the document spells a link to each kind of work (`Code`, `code`, `GitHub` for a
 * repository): the label most of its links of that kind carry, when the label names it.
 */
export function labelSpellings(texts: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    if (!text.includes('](')) continue;
    for (const link of findLinks(text)) {
      if (link.image || link.rawText.includes('![')) continue;
      const label = plainText(parseAtoms(link.rawText))
        .replace(/^[\s[\](){}`*_]+|[\s[\](){}`*_]+$/g, '')
        .trim();
      if (label === '' || label.length > 24) continue;
      const named = labelKind(label);
      // Only a label that is the kind's word and nothing else (`Code`, `GitHub`): not the
      // `official code - caffe` of one work, which would say something false of another.
      if (!named || named.word[0] !== label || !fitsKind(named.kind, link.url)) continue;
      const kind = identify(link.url)?.kind ?? 'page';
      const byLabel = counts.get(kind) ?? new Map<string, number>();
      byLabel.set(named.word[0], (byLabel.get(named.word[0]) ?? 0) + 1);
      counts.set(kind, byLabel);
    }
  }
  const out = new Map<string, string>();
  for (const [kind, byLabel] of counts) {
    let best = '';
    let most = 0;
    for (const [label, count] of byLabel)
      if (count > most) {
        best = label;
        most = count;
      }
    out.set(kind, best);
  }
  return out;
}
