/**
 * FORMATS.md §6 on the twenty real lists of ../shared/lists: each comes back byte for byte;
 * a paper, a repository and a model saved into its busiest topic and into a new sub-topic
 * change only the new lines, which are compared with reviewed files in tests/fixtures/lists
 * (the added lines only: the lists themselves are up to 417 KB).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { eachNode, type Node } from '../../../lib/markdown/learn/nodes';
import { commonIn, learnEntry } from '../../../lib/markdown/learn/pattern';
import { SectionPatterns } from '../../../lib/markdown/learn/section';
import { blocksNewestFirst } from '../../../lib/markdown/learn/block-insert';
import { isNewestFirst, paperOrder } from '../../../lib/markdown/order';
import { splitRow } from '../../../lib/markdown/learn/table';
import { parseDocument } from '../../../lib/markdown/parse';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { busiestTopic, LIST_NAMES, PUBLISHED_PAPER, readList, SAVED } from './lists-helpers';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/lists');

/**
 * The inserted blocks of `after` (which is `before` plus lines), each under a header that
 * names the original line it follows, so a reviewer sees where each new line went.
 */
function insertedBlocks(before: string, after: string): string[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  const out: string[] = [];
  let i = 0;
  let open = false;
  // An original line matches only with the two after it: a blank line in the new block is
  // not taken for the blank line that follows it. Unless it must: when the rest of the
  // original no longer fits into the rest of `after` without it (a TOC line inserted right
  // after two of its siblings).
  const fitsAfter = (j: number) => {
    let k = i;
    for (let m = j; m < b.length && k < a.length; m++) if (b[m] === a[k]) k++;
    return k === a.length;
  };
  const matches = (j: number) =>
    i < a.length &&
    b[j] === a[i] &&
    ([1, 2].every((k) => i + k >= a.length || b[j + k] === a[i + k]) || !fitsAfter(j + 1));
  for (const [j, line] of b.entries()) {
    if (matches(j)) {
      i++;
      open = false;
      continue;
    }
    if (!open) out.push(`@@ after line ${i}: ${(a[i - 1] ?? '').slice(0, 80)}`);
    open = true;
    out.push(line);
  }
  return out;
}

function expectAdded(name: string, lines: string[]): void {
  const file = resolve(FIXTURES, name);
  const text = `${lines.join('\n')}\n`;
  if (process.env.UPDATE_FIXTURES) {
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing ${name}: UPDATE_FIXTURES=1, then review it`);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe.each(LIST_NAMES)('%s', (name) => {
  const base = name.replace(/\.md$/, '');

  it('comes back byte for byte', () => {
    const text = readList(name);
    expect(exportShelf(shelfFrom(text))).toBe(text);
  });

  it.each(['existing', 'fresh'] as const)(
    'takes a paper, a repo and a model into the %s topic',
    (which) => {
      const text = readList(name);
      const busiest = busiestTopic(text);
      const topic =
        which === 'existing'
          ? busiest
          : [busiest, 'Saved by Paper Shelf'].filter(Boolean).join(' / ');
      const shelf = shelfFrom(text);
      save(shelf, topic, ...SAVED);
      const out = exportShelf(shelf);
      const added = addedLines(text, out);
      expect(added, 'the list is still all there, in order').not.toBeNull();
      const blocks = insertedBlocks(text, out);
      // The blocks hold exactly the added lines: the alignment found every original line.
      expect(blocks.filter((line) => !line.startsWith('@@ after line ')).length).toBe(
        out.split(/\r?\n/).length - text.split(/\r?\n/).length,
      );
      expectAdded(`${base}.${which}.md`, blocks);
      // Every saved work reads back, with its link, in the topic it was saved into.
      const again = importList(out);
      const urls = again.entries
        .filter((entry) => entry.topic === topic)
        .map((entry) => entry.capture.url);
      for (const capture of SAVED) expect(urls).toContain(capture.url);
      expect(exportShelf(shelfFrom(out))).toBe(out);
    },
  );
});

/** Slot kinds (with link roles) of a learned entry, line by line. */
function slotKinds(parts: Node[][]): Set<string> {
  const kinds = new Set<string>();
  for (const nodes of parts)
    eachNode(nodes, (node) => {
      if (node.k === 'url') kinds.add(`url:${node.role}`);
      else if (!['lit', 'free', 'txt', 'group', 'link'].includes(node.k)) kinds.add(node.k);
    });
  return kinds;
}

describe.each(LIST_NAMES)('the entry saved into %s', (name) => {
  it('has the shape of its section’s entries', () => {
    const text = readList(name);
    const topic = busiestTopic(text);
    const doc = parseDocument(text);
    const index = doc.sections.map((section) => section.path).lastIndexOf(topic);
    const patterns = new SectionPatterns(doc);
    const shelf = shelfFrom(text);
    save(shelf, topic, PUBLISHED_PAPER);
    // A work the list already holds keeps its entry (one record per work): nothing to check.
    if (importList(text).entries.some((entry) => entry.capture.key === PUBLISHED_PAPER.key)) return;
    const added = addedLines(text, exportShelf(shelf)) ?? [];
    const paper = added.filter((line) => line.trim() !== '');
    expect(paper.join('\n')).toContain('1706.03762');
    const rows = patterns.entriesOf(index).filter((entry) => entry.shape.row);
    if (rows.length) {
      // A row with the table's columns.
      const header = doc.lines[rows[0]?.start ?? 0]?.text ?? '';
      expect(splitRow(paper[0] ?? '')?.cells.length).toBe(splitRow(header)?.cells.length);
      return;
    }
    if (index < 0 || patterns.usesNamedStyle(index)) return;
    // Learned as the save learns it: from the top of a section that runs newest first.
    const entries = patterns.entriesOf(index);
    const blocks = entries.filter((entry) => entry.shape.block);
    const newest = blocks.length
      ? blocksNewestFirst(doc, blocks)
      : isNewestFirst(entries.filter((entry) => !entry.nested).map((e) => paperOrder(e.capture)));
    const found = patterns.forSection(index, newest);
    if (!found.pattern) return;
    const exemplar = found.pattern.exemplar;
    const written = learnEntry(paper, commonIn(paper));
    // Same indentation and checkbox (the marker is the list's it joins), same slots as far
    // as the item has values.
    const lead = (text?: string) => text?.replace(/[-*+]|\d+[.)]/, 'M').replace(/\[[xX ]\]/, '[?]');
    expect(lead(written.leads[0])).toBe(lead(exemplar.leads[0]));
    const own = slotKinds(exemplar.learned.parts);
    const mine = slotKinds(written.learned.parts);
    expect(mine.has('title')).toBe(true);
    for (const kind of mine)
      if (kind !== 'title' && !kind.startsWith('url')) expect(own).toContain(kind);
  });
});
