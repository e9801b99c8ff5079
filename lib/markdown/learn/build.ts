/**
 * Learns one entry's pattern: its inline text (one string per line or table cell) becomes
 * nodes. Links get a role from their destination and label; dates, venues, authors and ids
 * become slots; the title is the title link's text, else the longest text no slot claimed;
 * the rest is literal when the neighbours share it and `free` (left out) when they do not.
 */
import { identify } from '../../identity';
import { type Atom, parseAtoms, plainText } from './atoms';
import { type AuthorsForm, isNamesOnly, readAuthors } from './authors';
import { DATE_IN_TEXT, readDate } from './dates';
import { eachNode, type Node, type UrlRole } from './nodes';
import { KNOWN_IN_TEXT, readVenue, VENUE_IN_TEXT } from './venues';
import { anchors } from './html-text';
import { type Place, placesIn } from './text-place';
import { valueAsTitle } from './title-from-value';
import { venueStart } from './venue-segment';

/** Link labels that name a kind of link, not a work: `[[paper](…)]`, `[code](…)`. */
const GENERIC_LABEL =
  /^[\s[\]`(){}*_]*(?:paper|papers|pdf|arxiv|abs|abstract|doi|openreview|link|acl|ieee|acm|springer|code|codes|github|repo|repository|implementation|pytorch|tensorflow|caffe|keras|jax|project|project page|page|website|web|homepage|blog|demo|video|slides|notes?|poster|talk|article|docs?|dataset|data|zhihu|medium|bilibili|youtube|hf|hugging ?face|model|weights|checkpoints?|download|supp|supplementary|reviews?|bib|bibtex|cite|citation|summary|review|\d+|(?:un)?official code(?: - [\w .-]+)?|(?:[\w-]+ )?(?:docs|article|blog|notes)(?: in \w+)?)[\s[\]`(){}*_]*$/i;

export function isGenericLabel(text: string): boolean {
  const plain = text.trim();
  return plain === '' || (plain.length <= 40 && GENERIC_LABEL.test(plain));
}

const CODE_LABEL = /code|github|repo|implement|official|pytorch|tensorflow|caffe|keras|jax/i;
const PAPER_LABEL = /paper|pdf|arxiv|abs|doi|openreview|link|acl|ieee|acm|springer|article/i;

/** The item URL a link of the neighbour takes, or null when it is another page (dropped). */
function linkRole(url: string, label: string, mainUrl: string | null): UrlRole | null {
  const arxivPdf = /arxiv\.org\/pdf\//i.test(url);
  if (mainUrl !== null && url === mainUrl) return arxivPdf ? 'pdf' : 'main';
  const identity = identify(url);
  if (identity?.kind === 'repo') return 'code';
  if (CODE_LABEL.test(label) && !PAPER_LABEL.test(label)) return 'code';
  if (identity?.arxiv) return arxivPdf ? 'pdf' : 'main';
  if (PAPER_LABEL.test(label) || identity?.kind === 'paper') return 'main';
  return null;
}

export interface Exemplar {
  /** The neighbour's own values, found so they can be recognised inside literal text. */
  title: string | null;
  mainUrl: string | null;
  repoPath: string | null;
  arxivId: string | null;
}

/**
 * A quoted run of words (a title) standing apart: at the start or after a separator
 * (`Welling, M. "Title." *ICLR*`), and followed by one or the end; a quoted word inside a
 * title (`Agents for "Mind" Exploration`) is part of it.
 */
const QUOTED = /(^\s*|[.,;:)\]*_]\s+)"([^"]*\p{L}[^"]{3,})"(?=\s*$|[.,;:]|\s+[^\p{L}\s])/u;

/** Splits running text into date, venue, authors and undecided pieces. */
export function splitText(text: string): Node[] {
  // A cell or piece that is a date and nothing else (`23.11`, `9/2/22`).
  const whole = readDate(text.trim());
  if (whole && text.trim() !== '') {
    const lead = /^\s*/.exec(text)?.[0] ?? '';
    const nodes: Node[] = [];
    if (lead) nodes.push({ k: 'lit', text: lead });
    nodes.push({ k: 'date', form: whole.form });
    const trail = text.slice(lead.length + text.trim().length);
    if (trail) nodes.push({ k: 'lit', text: trail });
    return nodes;
  }
  // `Kipf, T. N., Welling, M. "Title." *ICLR*`: a quoted title is one piece, its quotes
  // apart (what is around it is read as usual; no venue or date is looked for inside it).
  const quoted = QUOTED.exec(text);
  if (quoted) {
    const open = quoted.index + (quoted[1] ?? '').length;
    const inner = quoted[2] ?? '';
    const close = open + 1 + inner.length;
    return [
      ...splitText(text.slice(0, open)),
      { k: 'txt', text: '"' },
      { k: 'txt', text: inner },
      { k: 'txt', text: '"' },
      ...splitText(text.slice(close + 1)),
    ];
  }
  const marks: { start: number; end: number; node: Node }[] = [];
  const taken = (start: number, end: number) =>
    marks.some((mark) => start < mark.end && end > mark.start);
  for (const match of text.matchAll(DATE_IN_TEXT)) {
    const read = readDate(match[0]);
    if (read) {
      const start = match.index;
      marks.push({ start, end: start + match[0].length, node: { k: 'date', form: read.form } });
    }
  }
  // `Linda Smith et al.`: the first author and the mark, in running text.
  for (const match of text.matchAll(ET_AL)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken(start, end)) continue;
    const shown = (match[1] ?? '').split(/,\s/);
    const shownNames = shown.length;
    const form: AuthorsForm = {
      sep: ', ',
      lastSep: ', ',
      lastFirst: false,
      initials: /^\p{Lu}\.\s/u.test(match[1] ?? ''),
    };
    // `Devlin et al.`: the surname alone.
    if (shown.every((name) => !/\s/.test(name.trim()))) form.surnames = true;
    marks.push({
      start,
      end,
      node: {
        k: 'authors',
        form: { ...form, etAl: { shown: shownNames, mark: match[2] ?? ' et al.' } },
      },
    });
  }
  for (const regex of [VENUE_IN_TEXT, KNOWN_IN_TEXT]) {
    for (const match of text.matchAll(regex)) {
      // A name before a year is a venue only as a segment of its own (venue-segment.ts).
      const start = /^\p{L}/u.test(match[0])
        ? venueStart(text, match.index, match.index + match[0].length)
        : match.index;
      if (start === null) continue;
      const end = match.index + match[0].length;
      const read = readVenue(text.slice(start, end));
      if (!read || taken(start, end)) continue;
      marks.push({ start, end, node: { k: 'venue', form: read.form, name: read.name } });
    }
  }
  // A year standing alone between separators (`| 2016 |`, `*ICLR*, 2022.`) is a date.
  if (!marks.length) {
    const year = /^([\s,;:.–—-]*)((?:19|20)\d{2})([\s,;:.–—-]*)$/.exec(text);
    if (year) {
      const start = (year[1] ?? '').length;
      marks.push({ start, end: start + 4, node: { k: 'date', form: 'YYYY' } });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let at = 0;
  const pushRest = (piece: string) => {
    if (piece === '') return;
    for (const part of authorsIn(piece)) nodes.push(part);
  };
  for (const mark of marks) {
    pushRest(text.slice(at, mark.start));
    nodes.push(mark.node);
    at = mark.end;
  }
  pushRest(text.slice(at));
  return nodes;
}

// A middle initial may stand between the words (`Tom B. Brown et al.`).
const NAME_IN_TEXT = String.raw`(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}\.\s)?\p{Lu}[\p{L}'’-]+){0,2}`;
// The names before the mark are all the shown authors (`Kaiming He, Xiangyu Zhang et al.`).
const ET_AL = new RegExp(
  String.raw`(?<![\p{L}.])((?:${NAME_IN_TEXT},\s)*${NAME_IN_TEXT})(,?\s+et\.? al\.?)`,
  'gu',
);

const EDGE = /^([\s|:;,.\-–—•·]*)([\s\S]*?)([\s|:;,.\-–—•·]*)$/;

/** A piece that is an author list between separators becomes an authors slot. */
function authorsIn(piece: string): Node[] {
  const edge = EDGE.exec(piece);
  const core = edge?.[2] ?? '';
  // `Dahl, George E.`: a trailing initial keeps its full stop.
  const withStop = /\b\p{Lu}$/u.test(core) && edge?.[3]?.startsWith('.') ? `${core}.` : core;
  const stopped = readAuthors(withStop);
  const read = stopped ?? readAuthors(core);
  if (!read || !edge) return [{ k: 'txt', text: piece }];
  const used = stopped && withStop !== core ? withStop : core;
  const before = edge[1] ?? '';
  const after = piece.slice(before.length + used.length);
  const nodes: Node[] = [];
  if (before) nodes.push({ k: 'txt', text: before });
  nodes.push({ k: 'authors', form: read.form, text: used });
  if (after) nodes.push({ k: 'txt', text: after });
  return nodes;
}

function destNodes(url: string, label: string, exemplar: Exemplar, image: boolean): Node[] {
  if (!image) {
    const role = linkRole(url, label, exemplar.mainUrl);
    if (role) return [{ k: 'url', role, pdfSuffix: /\.pdf$/i.test(url) }];
    return [{ k: 'free', text: url }];
  }
  return valueText(url, exemplar);
}

/**
 * Text that may hold the neighbour's own values (an image URL with its repo, an HTML tag
 * with its title): those become slots, the rest stays undecided.
 */
export function valueText(text: string, exemplar: Exemplar): Node[] {
  const values: { value: string; node: Node }[] = [];
  if (exemplar.mainUrl) values.push({ value: exemplar.mainUrl, node: urlNode(exemplar.mainUrl) });
  if (exemplar.title && exemplar.title.length >= 4)
    values.push({ value: exemplar.title, node: { k: 'title' } });
  if (exemplar.repoPath) values.push({ value: exemplar.repoPath, node: { k: 'repoPath' } });
  if (exemplar.arxivId) values.push({ value: exemplar.arxivId, node: { k: 'arxivId' } });
  const nodes: Node[] = [];
  let rest = text;
  for (;;) {
    let best: { at: number; value: string; node: Node } | null = null;
    for (const candidate of values) {
      const at = rest.indexOf(candidate.value);
      if (at >= 0 && (best === null || at < best.at)) best = { at, ...candidate };
    }
    if (!best) break;
    if (best.at > 0) nodes.push({ k: 'txt', text: rest.slice(0, best.at) });
    nodes.push(best.node);
    rest = rest.slice(best.at + best.value.length);
  }
  if (rest) nodes.push({ k: 'txt', text: rest });
  return nodes;
}

function urlNode(url: string): Node {
  const pdf = /arxiv\.org\/pdf\//i.test(url);
  return { k: 'url', role: pdf ? 'pdf' : 'main', pdfSuffix: /\.pdf$/i.test(url) };
}

const BARE_URL = /https?:\/\/[^\s<>"'`)\]]+/g;

/** Running text with bare URLs (`- Paper: https://…`): each URL gets a role like a link's. */
function textNodes(text: string, exemplar: Exemplar): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = match[0].replace(/[.,;:]+$/, '');
    const before = text.slice(at, match.index);
    if (before) for (const part of splitText(before)) nodes.push(part);
    const role = linkRole(url, before.slice(-30), exemplar.mainUrl);
    nodes.push(
      role ? { k: 'url', role, pdfSuffix: /\.pdf$/i.test(url) } : { k: 'free', text: url },
    );
    at = match.index + url.length;
  }
  const rest = text.slice(at);
  if (rest) for (const part of splitText(rest)) nodes.push(part);
  return nodes;
}

function atomNodes(atoms: Atom[], exemplar: Exemplar): Node[] {
  const nodes: Node[] = [];
  for (const atom of atoms) {
    if (atom.t === 'text') {
      for (const part of textNodes(atom.raw, exemplar)) nodes.push(part);
    } else if (atom.t === 'html') {
      // Tag text is markup: never the title, literal only when the neighbours share it.
      nodes.push(tagGroup(atom.raw, exemplar, []));
    } else if (atom.t === 'wrap' && /^<a\b/i.test(atom.open)) {
      // `<a href="…">…</a>`: its link is a slot like a Markdown link's; the element goes whole.
      const inner = atomNodes(atom.inner, exemplar);
      const group = tagGroup(atom.open, exemplar, inner);
      group.children.push({ k: 'lit', text: atom.close });
      nodes.push(group);
    } else if (
      atom.t === 'wrap' &&
      atom.open.startsWith('<') &&
      exemplar.title !== null &&
      atom.raw.slice(atom.open.length, -atom.close.length).trim() === exemplar.title
    ) {
      // `<strong>Title</strong>` in raw HTML: Markdown inside it (`*x*`) is the title's text.
      const raw = atom.raw.slice(atom.open.length, -atom.close.length);
      const children: Node[] = [];
      const lead = /^\s*/.exec(raw)?.[0] ?? '';
      const trail = /\s*$/.exec(raw)?.[0] ?? '';
      if (lead) children.push({ k: 'lit', text: lead });
      children.push({ k: 'title' });
      if (trail) children.push({ k: 'lit', text: trail });
      nodes.push({ k: 'group', open: atom.open, close: atom.close, children });
    } else if (atom.t === 'wrap') {
      const inner = atom.open.startsWith('`')
        ? splitText(plainText(atom.inner))
        : atomNodes(atom.inner, exemplar);
      nodes.push({ k: 'group', open: atom.open, close: atom.close, children: inner });
    } else {
      const label = plainText(atom.inner);
      const hasImage = atom.inner.some((inner) => inner.t === 'link' && inner.image);
      const generic = atom.image || hasImage || isGenericLabel(label);
      const rawLabel = atom.raw.slice(atom.open.length, atom.raw.lastIndexOf(']('));
      const labelNodes: Node[] =
        atom.image || (generic && !hasImage)
          ? [{ k: 'lit', text: rawLabel }]
          : atomNodes(atom.inner, exemplar);
      if (generic) forceLiteral(labelNodes);
      nodes.push({
        k: 'link',
        image: atom.image,
        label: labelNodes,
        dest: destNodes(atom.url, label, exemplar, atom.image),
        generic,
      });
    }
  }
  return nodes;
}

/** An HTML tag (and what it encloses) as one group: kept or left out whole. */
function tagGroup(tag: string, exemplar: Exemplar, inner: Node[]): Node & { k: 'group' } {
  const children: Node[] = valueText(tag, exemplar).map((node) =>
    node.k === 'txt' ? { ...node, html: true } : node,
  );
  for (const node of inner) children.push(node);
  return { k: 'group', open: '', close: '', children, whole: true };
}

/** Text inside a generic link label (`paper`, `[pdf]`) is the label, not a value. */
function forceLiteral(nodes: Node[]): void {
  nodes.forEach((node, index) => {
    if (node.k === 'txt' || node.k === 'venue' || node.k === 'date' || node.k === 'authors') {
      const text = node.k === 'txt' ? node.text : '';
      if (node.k === 'txt') nodes[index] = { k: 'lit', text };
    }
    if (node.k === 'group') forceLiteral(node.children);
  });
}

/** What one neighbour's text says about its own work, before its pattern is learned. */
export function exemplarOf(parts: string[]): Exemplar {
  const atoms = parts.map(parseAtoms);
  let title: string | null = null;
  let mainUrl: string | null = null;
  let firstWork: string | null = null;
  let repoPath: string | null = null;
  const visit = (list: Atom[]) => {
    for (const atom of list) {
      if (atom.t === 'link') {
        const label = plainText(atom.inner).trim();
        const identity = identify(atom.url);
        if (!repoPath) {
          const stars =
            /img\.shields\.io\/github\/(?:stars|forks|last-commit)\/([^/?#]+\/[^/?#.]+)/.exec(
              atom.url,
            );
          if (stars) repoPath = stars[1] ?? null;
          else if (identity?.repo) repoPath = `${identity.repo.owner}/${identity.repo.name}`;
        }
        if (atom.image) continue;
        const hasImage = atom.inner.some((inner) => inner.t === 'link' && inner.image);
        if (identity && !firstWork && !hasImage) firstWork = atom.url;
        if (
          title === null &&
          !hasImage &&
          label.length >= 3 &&
          !isGenericLabel(label) &&
          identity
        ) {
          title = label;
          mainUrl = atom.url;
        }
        visit(atom.inner);
      } else if (atom.t === 'wrap') {
        visit(atom.inner);
      }
    }
  };
  atoms.forEach(visit);
  if (mainUrl === null) {
    // No title link: the first link labelled as the paper, else the first work link.
    const links: { url: string; label: string }[] = [];
    const collect = (list: Atom[]) => {
      for (const atom of list) {
        if (atom.t === 'link' && !atom.image)
          links.push({ url: atom.url, label: plainText(atom.inner) });
        if (atom.t === 'wrap') collect(atom.inner);
      }
    };
    atoms.forEach(collect);
    for (const part of parts)
      for (const match of part.matchAll(BARE_URL)) {
        // A link's or image's destination is no bare URL: links are collected above, and an
        // image (`[![arXiv](https://img.shields.io/badge/arXiv-…)](…)`) is never the work.
        if (/(?:\]\(|src=["']?)$/.test(part.slice(0, match.index))) continue;
        const url = match[0].replace(/[.,;:]+$/, '');
        const label = part.slice(Math.max(0, match.index - 30), match.index);
        if (identify(url)) links.push({ url, label });
        const repo = identify(url)?.repo;
        if (repo && !repoPath) repoPath = `${repo.owner}/${repo.name}`;
      }
    const paper = links.find(
      (link) => PAPER_LABEL.test(link.label) && !CODE_LABEL.test(link.label) && identify(link.url),
    );
    // A repository last: an entry whose only work link is its code (a table row with an empty
    // paper cell and a stars badge in the code cell) is that repository's.
    mainUrl =
      paper?.url ??
      firstWork ??
      links.find((link) => identify(link.url)?.kind !== 'repo')?.url ??
      links.find((link) => identify(link.url)?.kind === 'repo')?.url ??
      null;
  }
  if (title === null) {
    // Raw HTML (`<a href="…" title="…"><strong>Title</strong></a>`): its first titled anchor.
    const anchor = parts
      .flatMap((part) => (part.includes('<a') ? anchors(part) : []))
      .find((candidate) => (candidate.text || candidate.title) && identify(candidate.href));
    // As written (`&lt;b&gt;`), so the title is found again in the entry's text.
    const named =
      anchor && (anchor.text && !isGenericLabel(anchor.text) ? anchor.rawText : anchor.rawTitle);
    if (anchor && named) {
      mainUrl = anchor.href;
      title = named;
    }
  }
  const arxivId = mainUrl ? (identify(mainUrl)?.arxiv?.id ?? null) : null;
  return { title, mainUrl, repoPath, arxivId };
}

/** The neighbours' shared text (pattern.ts commonIn): whether they share `text`. */
export interface SharedText {
  (text: string, share?: number): boolean;
  /** Whether the neighbours hold other words than `text` in its place: a value's place. */
  valueAt?: (place: Place, text: string) => boolean;
}

export interface Learned {
  /** Nodes per part (line or table cell); the title is somewhere in them. */
  parts: Node[][];
  exemplar: Exemplar;
  /** The neighbour's title text as read (for the importer). */
  titleText: string | null;
}

/** Learns the nodes of one entry; `isCommon` tells the neighbours' shared text. */
export function learnParts(parts: string[], isCommon: SharedText): Learned {
  const exemplar = exemplarOf(parts);
  const nodes = parts.map((part) => atomNodes(parseAtoms(part), exemplar));
  const titleText = chooseTitle(nodes, exemplar);
  for (const list of nodes) decide(list, isCommon, isCommon.valueAt ? placesIn(list) : null);
  return { parts: nodes, exemplar, titleText };
}

// Separators around a title; at its end only one stop (`Title.`), so `LoRA:` keeps its colon.
const TITLE_EDGE = /^([\s|:;,\-–—•·]*)([\s\S]*?)(\s*(?:[.,|;]|\s[-–—:])?\s*)$/;

/** The undecided words of nodes (an HTML group's text without its tags). */
function wordsOf(nodes: Node[]): string {
  let text = '';
  eachNode(nodes, (node) => {
    if (node.k === 'txt' && !node.html) text += node.text;
  });
  return text;
}

/** Marks the title: in the title link's label, else the longest undecided text. */
function chooseTitle(parts: Node[][], exemplar: Exemplar): string | null {
  // Already placed (raw HTML's `<strong>Title</strong>`, build.ts atomNodes).
  let placed = false;
  for (const list of parts)
    eachNode(list, (node) => {
      if (node.k === 'title') placed = true;
    });
  if (placed) return exemplar.title;
  const candidates: { list: Node[]; index: number; core: string; linked: boolean }[] = [];
  const consider = (list: Node[], inGeneric: boolean, linked: boolean) => {
    list.forEach((node, index) => {
      if (node.k === 'txt' && !inGeneric && !node.html) {
        const core = TITLE_EDGE.exec(node.text)?.[2] ?? '';
        if (/\p{L}/u.test(core)) candidates.push({ list, index, core, linked });
      } else if (node.k === 'group') {
        // An HTML anchor whose words name a kind of link (`<a href="…">[code]</a>`) is no title.
        const anchor = node.whole === true && isGenericLabel(wordsOf(node.children));
        consider(node.children, inGeneric || anchor, linked);
      } else if (node.k === 'link' && !node.image) {
        const titleLink = !node.generic && node.dest.some((dest) => dest.k === 'url');
        consider(node.label, inGeneric || node.generic, linked || titleLink);
      }
    });
  };
  for (const list of parts) consider(list, false, false);
  const linked = candidates.filter((candidate) => candidate.linked);
  const first = candidates.filter(
    (candidate) => candidate.list === parts[0] || inPart(parts[0], candidate.list),
  );
  // The text the entry's own title is (an HTML entry's `<strong>Title</strong>`), when known.
  const exact = candidates.filter((candidate) => candidate.core === exemplar.title);
  const exactLinked = exact.filter((candidate) => candidate.linked);
  if (!exactLinked.length && !linked.length && !exact.length && !first.length) {
    // Nothing on the first line could be the title but names or a venue: they are the title.
    const names = parts[0] ? valueAsTitle(parts[0]) : null;
    if (names !== null) {
      const title = names.replace(/\\(.)/g, '$1');
      if (exemplar.title === null) exemplar.title = title;
      if (parts.length > 1 && names.length >= 4)
        for (const list of parts.slice(1)) repeatTitle(list, names);
      return title;
    }
  }
  const pool = exactLinked.length
    ? exactLinked
    : linked.length
      ? linked
      : exact.length
        ? exact
        : first.length
          ? first
          : candidates;
  let chosen = pool[0];
  for (const candidate of pool)
    if (candidate.core.length > (chosen?.core.length ?? 0)) chosen = candidate;
  if (!chosen) return titleLinkLabel(parts, exemplar);
  const node = chosen.list[chosen.index] as { k: 'txt'; text: string };
  const edge = TITLE_EDGE.exec(node.text);
  const replacement: Node[] = [];
  if (edge?.[1]) replacement.push({ k: 'txt', text: edge[1] });
  replacement.push({ k: 'title' });
  if (edge?.[3]) replacement.push({ k: 'lit', text: edge[3] });
  chosen.list.splice(chosen.index, 1, ...replacement);
  const title = (edge?.[2] ?? '').replace(/\\(.)/g, '$1');
  if (exemplar.title === null) exemplar.title = title;
  // The same title written again on another line (a paper heading over `- Title [[arXiv]](…)`)
  // is the title there too.
  const core = edge?.[2] ?? '';
  if (parts.length > 1 && core.length >= 4)
    for (const list of parts) if (list !== chosen.list) repeatTitle(list, core);
  return title;
}

function repeatTitle(list: Node[], core: string): void {
  list.forEach((node, index) => {
    if (node.k === 'group') repeatTitle(node.children, core);
    // Read as names there too (title-from-value.ts).
    if (node.k === 'authors' && node.text === core) list.splice(index, 1, { k: 'title' });
    if (node.k !== 'txt' || node.html) return;
    const edge = TITLE_EDGE.exec(node.text);
    if (edge?.[2] !== core) return;
    const replacement: Node[] = [];
    if (edge[1]) replacement.push({ k: 'txt', text: edge[1] });
    replacement.push({ k: 'title' });
    if (edge[3]) replacement.push({ k: 'lit', text: edge[3] });
    list.splice(index, 1, ...replacement);
  });
}

/**
 * No text could be the title (`[Mamba, CMU](…)` reads as two names): the label of the link
 * to the work, when its text is the exemplar's title, is the title whole.
 */
function titleLinkLabel(parts: Node[][], exemplar: Exemplar): string | null {
  let found: (Node & { k: 'link' }) | null = null;
  for (const list of parts)
    eachNode(list, (node) => {
      if (found || node.k !== 'link' || node.image || node.generic) return;
      if (node.dest.some((dest) => dest.k === 'url' && dest.role === 'main')) found = node;
    });
  const link = found as (Node & { k: 'link' }) | null;
  if (!link || exemplar.title === null) return null;
  link.label.splice(0, link.label.length, { k: 'title' });
  return exemplar.title;
}

/** Whether `list` is `part` or nested inside it. */
function inPart(part: Node[] | undefined, list: Node[]): boolean {
  if (!part) return false;
  let found = false;
  eachNode(part, (node) => {
    if (
      (node.k === 'group' && node.children === list) ||
      (node.k === 'link' && node.label === list)
    )
      found = true;
  });
  return found;
}

const PUNCTUATION_ONLY = /^[\s\p{P}\p{S}]*$/u;

/** Whether words the neighbours share sit where others hold other words (a note's place). */
function inValuePlace(
  node: Node & { k: 'txt' },
  isCommon: SharedText,
  places: Map<Node, Place> | null,
): boolean {
  const place = places?.get(node);
  if (!place || !isCommon.valueAt || !/[\p{L}\p{N}]/u.test(node.text)) return false;
  return isCommon.valueAt(place, node.text.trim());
}

/** A done or read mark (`✅`, `✔`, `[x]`): the neighbour's own state, never copied. */
const STATE_MARK = /^\s*(?:✅|✔️?|☑️?|✓|✗|❌|❎|⬜|🔲|☐|☒|🟢|🔴|\[[xX ]\])\s*$/u;

/**
 * Undecided text: literal when it is punctuation or the neighbours share it, else free.
 * Shared words are still a value where other neighbours hold other words in their place.
 */
function decide(
  nodes: Node[],
  isCommon: SharedText,
  places: Map<Node, Place> | null,
  repoBadge = false,
): void {
  const splits: { index: number; around: Node[] }[] = [];
  nodes.forEach((node, index) => {
    if (node.k === 'txt') {
      // A frequent author (`Kaiming He` in a third of the entries) is still a value: it
      // leaves, the separators around it stay.
      if (!node.html && isNamesOnly(node.text)) {
        const edge = EDGE.exec(node.text);
        const around: Node[] = [];
        if (edge?.[1]) around.push({ k: 'lit', text: edge[1] });
        around.push({ k: 'free', text: edge?.[2] ?? node.text });
        if (edge?.[3]) around.push({ k: 'lit', text: edge[3] });
        splits.push({ index, around });
        return;
      }
      // Markup (a category badge, an image) is literal only when nearly every entry has it;
      // a badge built from the entry's repository (`<img src="…/github/stars/{repo}…">`)
      // comes with the entries that have a repository, as their code links do.
      const literal = STATE_MARK.test(node.text)
        ? false
        : node.html
          ? isCommon(node.text.trim(), repoBadge ? undefined : 0.7)
          : PUNCTUATION_ONLY.test(node.text) ||
            (isCommon(node.text.trim()) && !inValuePlace(node, isCommon, places));
      if (literal) nodes[index] = { k: 'lit', text: node.text };
      else {
        // A left-out value keeps the spaces around it (`**Title** Vision [paper]`).
        const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text) ?? [];
        const around: Node[] = [];
        if (lead) around.push({ k: 'lit', text: lead });
        around.push({ k: 'free', text: core });
        if (trail) around.push({ k: 'lit', text: trail });
        splits.push({ index, around });
      }
    } else if (node.k === 'group') {
      const badge = node.whole === true && node.children.some((child) => child.k === 'repoPath');
      decide(node.children, isCommon, places, badge);
    } else if (node.k === 'link') {
      decide(node.label, isCommon, places);
      decide(node.dest, isCommon, places);
    }
  });
  for (const { index, around } of splits.reverse()) nodes.splice(index, 1, ...around);
  // `Adam Roberts (Google) et al.`: one name before a shared `et al.` is the first author.
  nodes.forEach((node, index) => {
    if (node.k !== 'free') return;
    const following = nodes.slice(index + 1, index + 3);
    const etAl = following.find((next) => next.k === 'lit' && /^\s*,?\s*et al/.test(next.text));
    const name = /^(\s*)(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})(\s*)$/u.exec(node.text);
    if (!etAl || !name) return;
    const replacement: Node[] = [];
    if (name[1]) replacement.push({ k: 'lit', text: name[1] });
    replacement.push({
      k: 'authors',
      form: {
        sep: ', ',
        lastSep: ', ',
        lastFirst: false,
        initials: false,
        etAl: { shown: 1, mark: '' },
      },
    });
    if (name[3]) replacement.push({ k: 'lit', text: name[3] });
    nodes.splice(index, 1, ...replacement);
  });
}
