/**
 * What kind of link a label names (`[[arXiv](…)]`, `[code](…)`, a `![Star](…github/stars…)`
 * badge) and which URLs fit it: an arXiv slot takes only an arXiv URL, a code slot only a
 * repository, a model slot only a model (issue 11: a link's label says what the link is).
 * A label that names no kind (`link`, `[1]`, a title) takes any URL.
 */
import { identify } from '../../identity';
import type { Capture, ItemKind } from '../../types';
import type { UrlRole } from './nodes';

export type LinkKind =
  'code' | 'model' | 'dataset' | 'demo' | 'arxiv' | 'pdf' | 'doi' | 'paper' | 'project' | 'media';

/** Tried in order: a star badge is code, `Code (PyTorch)` is code, `arXiv pdf` is arXiv. */
const KIND_WORDS: [LinkKind, RegExp][] = [
  [
    'code',
    /(?<![\p{L}])(?:code|codes|github|gitlab|repo|repository|implementation|official|pytorch|tensorflow|caffe|keras|jax|stars?)(?![\p{L}])|shields\.io\/github/iu,
  ],
  ['model', /(?<![\p{L}])(?:model|models|weights|checkpoints?|hf|hugging ?face)(?![\p{L}])|🤗/iu],
  ['dataset', /(?<![\p{L}])(?:datasets?|data|benchmark)(?![\p{L}])/iu],
  ['demo', /(?<![\p{L}])(?:demo|space|colab)(?![\p{L}])/iu],
  ['arxiv', /arxiv/iu],
  ['pdf', /(?<![\p{L}])pdf(?![\p{L}])/iu],
  // `[doi]` names the published version: lists write it on doi.org and publisher pages.
  ['doi', /(?<![\p{L}])doi(?![\p{L}])/iu],
  [
    'paper',
    /(?<![\p{L}])(?:paper|papers|abs|abstract|openreview|article|acl|ieee|acm|springer|publication|proceedings)(?![\p{L}])/iu,
  ],
  ['project', /(?<![\p{L}])(?:project|website|web|homepage|home|page|site)(?![\p{L}])/iu],
  [
    'media',
    /(?<![\p{L}])(?:video|videos|slides?|poster|talk|youtube|bilibili|blog|zhihu|medium|notes?|docs?|tweet|twitter)(?![\p{L}])/iu,
  ],
];

/** The kind a link label names, and the word that names it; null when it names none. */
export function labelKind(label: string): { kind: LinkKind; word: RegExpExecArray } | null {
  for (const [kind, pattern] of KIND_WORDS) {
    const word = pattern.exec(label);
    if (word) return { kind, word };
  }
  return null;
}

/** Whether `url` is a link of `kind`. */
export function fitsKind(kind: LinkKind | null, url: string): boolean {
  if (kind === null) return true;
  const identity = identify(url);
  switch (kind) {
    case 'code':
      return identity?.kind === 'repo';
    case 'model':
      return identity?.kind === 'model';
    case 'dataset':
      return identity?.kind === 'dataset';
    case 'demo':
      return identity?.kind === 'space' || identity?.kind === 'page';
    case 'arxiv':
      return identity?.arxiv !== undefined;
    case 'pdf':
      return identity?.arxiv !== undefined || /\.pdf(?:$|[?#])/i.test(url);
    case 'doi':
      return identity?.kind === 'paper' && identity.arxiv === undefined;
    case 'paper':
      return identity?.kind === 'paper';
    default:
      // Project pages, videos, slides: pages of their own, never a paper, repo or model.
      return identity === null || identity.kind === 'page';
  }
}

/** The first repository among the item's code links (or the item itself when it is one). */
export function codeUrl(item: Capture): string | null {
  const code = (item.codeUrls ?? []).find((url) => identify(url)?.kind === 'repo');
  if (code) return code;
  return item.kind === 'repo' ? item.url : null;
}

/** The item's URL a link destination of `role` takes; null when the item has none. */
export function urlFor(role: UrlRole, pdfSuffix: boolean, item: Capture): string | null {
  let url: string | null = item.url;
  if (role === 'code') url = codeUrl(item);
  else if (role === 'pdf' && item.arxiv)
    url = `https://arxiv.org/pdf/${item.arxiv.id}${pdfSuffix ? '.pdf' : ''}`;
  return url === null || url === '' ? null : url;
}

/** The word a link to an item of this kind is labelled with, when the document shows none. */
const DEFAULT_WORD: Record<ItemKind, string> = {
  paper: 'paper',
  repo: 'code',
  model: 'model',
  dataset: 'dataset',
  space: 'demo',
  page: 'link',
};

/** `word` written the way `like` is: `Code` for `Paper`, `CODE` for `PDF`, `code` for `arXiv`. */
export function caseLike(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase())
    return word.toUpperCase();
  if (/^\p{Lu}/u.test(like)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word.toLowerCase();
}

/**
 * The label for a link to `item` replacing a label written for another kind (`like`, the
 * word it had): the document's own spelling for that kind when it has one, else the kind's
 * word in the case `like` was written in.
 */
export function labelFor(item: Capture, like: string, spellings: Map<string, string>): string {
  const identity = identify(item.url);
  const kind = identity?.kind ?? item.kind;
  for (const key of identity?.arxiv ? ['arxiv', kind] : [kind]) {
    const learned = spellings.get(key);
    if (learned !== undefined && fitsKind(labelKind(learned)?.kind ?? null, item.url))
      return learned;
  }
  // arXiv is spelled as its name is, except where the labels shout (`DOI`, `PDF`).
  if (identity?.arxiv) return caseLike('arXiv', like) === 'ARXIV' ? 'ARXIV' : 'arXiv';
  return caseLike(DEFAULT_WORD[kind], like);
}
