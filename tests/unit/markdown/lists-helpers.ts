/**
 * The twenty real lists of ../shared/lists (other people's reading lists, byte for byte) and
 * the works saved into them: a published arXiv paper with authors, venue and code, a
 * repository, a model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importList } from '../../../lib/markdown/index';
import type { Capture } from '../../../lib/types';
import { MODEL, REPO } from './helpers';

export const LISTS_DIR = resolve(process.cwd(), '../shared/lists');

export const LIST_NAMES = readdirSync(LISTS_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();

export function readList(name: string): string {
  return readFileSync(resolve(LISTS_DIR, name), 'utf8');
}

export const PUBLISHED_PAPER: Capture = {
  key: 'arxiv:1706.03762',
  kind: 'paper',
  url: 'https://arxiv.org/abs/1706.03762',
  title: 'Attention Is All You Need',
  authors: [
    'Ashish Vaswani',
    'Noam Shazeer',
    'Niki Parmar',
    'Jakob Uszkoreit',
    'Llion Jones',
    'Aidan N. Gomez',
    'Lukasz Kaiser',
    'Illia Polosukhin',
  ],
  arxiv: { id: '1706.03762', version: 7, published: '2017-06-12' },
  venue: { name: 'NeurIPS', year: 2017, type: 'conference' },
  published: '2017-06-12',
  codeUrls: ['https://github.com/tensorflow/tensor2tensor'],
};

export const SAVED: Capture[] = [PUBLISHED_PAPER, REPO, MODEL];

/** The topic holding the most entries (the list's main section), first one on a tie. */
export function busiestTopic(text: string): string {
  const counts = new Map<string, number>();
  for (const entry of importList(text).entries)
    counts.set(entry.topic, (counts.get(entry.topic) ?? 0) + 1);
  let best = '';
  let most = -1;
  for (const [topic, count] of counts) {
    if (count > most) {
      best = topic;
      most = count;
    }
  }
  return best;
}
