/**
 * An item whose line names the work without a link, its fields in sub-items under it:
 *
 *     - Diffusion Policy: Visuomotor Policy Learning via Action Diffusion
 *         - Cheng Chi, Siyuan Feng, Yilun Du
 *         - RSS 2023
 *         - [paper](https://arxiv.org/abs/2303.04137) | [code](https://github.com/…)
 *
 * is one entry: the line is its title and the sub-item's `paper` link its link. Read as
 * items of their own, the sub-items were entries titled `paper` and the authors line.
 */
import { captureFromLink, isCodeUrl, linkShape } from './entry-capture';
import { unescapeInline } from './escape';
import { isGenericLabel } from './learn/build';
import { findLinks } from './links';
import type { ItemText, Recognised } from './styles/types';

const SUB_ITEM = /^\s+(?:[-*+]|\d{1,9}[.)])[ \t]/;

export function readFieldBullets(item: ItemText): Recognised | null {
  const head = item.head.trim();
  if (head === '' || head.length > 300 || !/\p{L}/u.test(head)) return null;
  if (findLinks(head).length > 0 || head.startsWith('<')) return null;
  const lines = item.body.filter((line) => line.trim() !== '');
  // Fields only: one line each, every one a sub-item (no prose, no deeper lists).
  if (lines.length < 1 || !lines.every((line) => SUB_ITEM.test(line))) return null;
  const indent = /^\s+/.exec(lines[0] ?? '')?.[0];
  if (!lines.every((line) => /^\s+/.exec(line)?.[0] === indent)) return null;
  const links = lines.flatMap((line) => findLinks(line)).filter((link) => !link.image);
  // Links that name kinds of link (`paper`, `code`), not works: the work is the line above.
  if (!links.length || !links.every((link) => isGenericLabel(unescapeInline(link.rawText))))
    return null;
  const main = links.find((link) => !isCodeUrl(link.url)) ?? links[0];
  if (!main) return null;
  const wrapped = /^(\*{1,3}|_{1,3})(?=\S)(.*\S)\1$/s.exec(head);
  const capture = captureFromLink(main.url, unescapeInline(wrapped ? (wrapped[2] ?? '') : head));
  if (!capture) return null;
  const code = links.filter((link) => link !== main && isCodeUrl(link.url)).map((l) => l.url);
  if (code.length) capture.codeUrls = code;
  // Written as it is (its sub-items are its body); a named style never writes this shape.
  return {
    vote: null,
    readAs: 'plain',
    capture,
    shape: { ...linkShape(main.url, capture), suffix: '' },
  };
}
