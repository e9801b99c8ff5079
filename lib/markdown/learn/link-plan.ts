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
import { eachNode, type Node, type UrlRole } from './nodes';

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
  /** What the plan is keyed by: the Markdown link, or the URL node of a bare URL or `<a href>`. */
  node: Node;
  /** For a bare URL or an HTML anchor: the literal text naming its kind, relabelled in place. */
  labelNode?: Extract<Node, { k: 'lit' }>;
  url: string | null;
  kind: LinkKind | null;
  /** Where the label names its kind (to be swapped for another kind's word). */
  word: RegExpExecArray | null;
  label: string;
  titled: boolean;
  badge: boolean;
  /** Which of the item's URLs the neighbour's link held there. */
  role: UrlRole;
  /** Left without a URL because the item's did not fit: may take the item's URL instead. */
  open: boolean;
}

/** Kinds from the most to the least specific: `[arXiv]` says more of an arXiv URL than `[paper]`. */
const SPECIFIC: (LinkKind | null)[] = [
  'arxiv',
  'pdf',
  'doi',
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
        role: dest.role,
        badge: hasImage(node.label),
        open,
      });
    });
  for (const nodes of parts) for (const slot of textSlots(nodes, item)) slots.push(slot);
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
    if (!keep) continue;
    // Where the neighbours themselves write one URL twice outside Markdown links (a title
    // anchor and a `[paper]` anchor to the same page), that is their shape and stays.
    const same = (slot: Slot) =>
      slot.role === keep.role && (slot.node.k !== 'link' || keep.node.k !== 'link');
    for (const slot of group) if (slot !== keep && !same(slot)) slot.url = null;
  }
  const plan: LinkPlan = { urls: new Map(), labels: new Map(), badgeRewritten: false };
  for (const slot of slots) plan.urls.set(slot.node, slot.url);
  const placed =
    item.url === '' ||
    slots.some(
      (slot) => slot.url === item.url || (item.arxiv && slot.url?.includes(item.arxiv.id)),
    );
  if (placed) return plan;
  // The item's URL fits no slot: the title link takes it, else a link relabelled for it.
  // A bare URL or an anchor is relabelled through the literal naming its kind: one without
  // such a literal but with a kind named elsewhere cannot be, and takes nothing.
  const relabels = (slot: Slot) => slot.node.k === 'link' || slot.labelNode || slot.kind === null;
  const home =
    slots.find((slot) => slot.open && slot.titled) ??
    slots.find((slot) => slot.open && (badges || !slot.badge) && relabels(slot));
  if (!home) return plan;
  plan.badgeRewritten = home.badge && !home.titled;
  plan.urls.set(home.node, item.url);
  if (home.labelNode && !home.titled && home.word) {
    const like = home.word[0];
    const word = labelFor(item, like, spellings);
    const text = home.labelNode.text;
    const at = home.word.index;
    plan.labels.set(home.labelNode, `${text.slice(0, at)}${word}${text.slice(at + like.length)}`);
  } else if (home.node.k === 'link' && !home.titled) {
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

type Lit = Extract<Node, { k: 'lit' }>;
type UrlNode = Extract<Node, { k: 'url' }>;

/** An HTML anchor's group (`<a href="…">…</a>` learned whole, build.ts): its children. */
function isAnchor(node: Node): boolean {
  if (node.k !== 'group' || !node.whole) return false;
  const first = node.children[0];
  return (first?.k === 'lit' || first?.k === 'txt') && /^\s*<a\b/i.test(first.text);
}

/** A node's text as written; a group's with its brackets (`<a …>[paper]</a>`'s `[paper]`). */
function textOf(node: Node): string {
  if (node.k === 'group') return `${node.open}${node.children.map(textOf).join('')}${node.close}`;
  return node.k === 'lit' || node.k === 'txt' || node.k === 'free' ? node.text : '';
}

/**
 * Slots outside Markdown links: a bare URL after its label (`Paper: https://…`, the label
 * the literal text before it) and an HTML anchor with a text label (`<a href="…">paper</a>`).
 * An anchor that carries the title (its `title` attribute or text, or one that wraps lines
 * below it) is the title link.
 */
function textSlots(nodes: Node[], item: Capture): Slot[] {
  const slots: Slot[] = [];
  const slotFor = (
    url: UrlNode,
    labelText: string,
    labelNode: Lit | undefined,
    titled: boolean,
  ) => {
    const named = labelKind(labelText);
    let value = urlFor(url.role, url.pdfSuffix, item);
    let open = false;
    if (value !== null && named && !titled && !fitsKind(named.kind, value)) {
      value = null;
      open = url.role !== 'code';
    }
    if (value === null && titled) open = true;
    const word = named && labelNode ? (labelKind(labelNode.text)?.word ?? null) : null;
    const slot: Slot = {
      node: url,
      url: value,
      kind: titled ? null : (named?.kind ?? null),
      word,
      label: labelText,
      titled,
      role: url.role,
      badge: /<img\b/i.test(labelText),
      open,
    };
    if (word && labelNode) slot.labelNode = labelNode;
    slots.push(slot);
  };
  const visit = (list: Node[]) => {
    list.forEach((node, index) => {
      if (node.k === 'url') {
        // The label is the literal text right before the URL (`- Code: `), its last words.
        const before = list[index - 1];
        const text = before ? textOf(before).slice(-30) : '';
        slotFor(node, text, before?.k === 'lit' ? before : undefined, false);
      } else if (node.k === 'group' && isAnchor(node)) {
        const children = node.children;
        const at = children.findIndex((child) => child.k === 'url');
        const url = children[at];
        if (url?.k !== 'url') return;
        const tagEnd = children.findIndex((child, i) => i > at && textOf(child).includes('>'));
        const close = children.findIndex((child) => /^\s*<\/a\s*>/i.test(textOf(child)));
        const inner = tagEnd >= 0 && close > tagEnd ? children.slice(tagEnd + 1, close) : [];
        let titled = close < 0;
        eachNode(children, (child) => {
          if (child.k === 'title') titled = true;
        });
        // The word naming the link's kind, inside brackets too (`<a href="…">[paper]</a>`).
        let labelNode: Lit | undefined;
        eachNode(inner, (child) => {
          if (!labelNode && child.k === 'lit' && labelKind(child.text) !== null) labelNode = child;
        });
        slotFor(url, inner.map(textOf).join(''), labelNode, titled && !labelNode);
      } else if (node.k === 'group') visit(node.children);
    });
  };
  visit(nodes);
  return slots;
}

/**
 * How the document spells a link to each kind of work (`Code`, `code`, `GitHub` for a
 * repository; `arxiv` for arXiv papers, apart from other papers): the label most of its links
 * of that kind carry, when the label names it.
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
      // arXiv links apart from other papers: `[doi]` on a journal's page says nothing of them.
      const identity = identify(link.url);
      const kind = identity?.arxiv ? 'arxiv' : (identity?.kind ?? 'page');
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
