/**
 * NeurIPS proceedings URL rules: a paper's abstract page
 * (`proceedings.neurips.cc/paper_files/paper/{year}/hash/{hash}-Abstract-Conference.html`)
 * and its PDF (`…/file/{hash}-Paper-Conference.pdf`) are one record, keyed by the abstract
 * page. Older links (`/paper/{year}/…`, `-Abstract.html`, `-Paper.pdf`) and the Datasets and
 * Benchmarks track (`-Abstract-Datasets_and_Benchmarks.html`) map the same way.
 */
import type { Identity, UrlRule } from '../types';

export const NEURIPS_HOSTS = new Set([
  'proceedings.neurips.cc',
  'papers.neurips.cc',
  'papers.nips.cc',
]);

// `{hash}-Abstract-Conference.html`, `{hash}-Paper.pdf`, `{hash}-Abstract-Datasets_and_Benchmarks.html`.
const FILE = /^([0-9a-f]{32})-(Abstract|Paper)(-[A-Za-z_]+(?:_Round\d)?)?\.(html|pdf)$/;

export interface NeuripsPaper {
  year: string;
  hash: string;
  /** `-Conference`, `-Datasets_and_Benchmarks`, or '' for volumes before 2022. */
  track: string;
}

export function neuripsPaperFromSegments(segments: string[]): NeuripsPaper | null {
  const parts = segments[0] === 'paper_files' ? segments.slice(1) : segments;
  const [paper, year, view, file] = parts;
  if (parts.length !== 4 || paper !== 'paper' || !/^(19|20)\d{2}$/.test(year ?? '')) return null;
  const match = FILE.exec(file ?? '');
  if (!match?.[1] || !year) return null;
  const [, hash, kind, track = '', extension] = match;
  // The abstract page lives under `hash/`, the PDF under `file/`.
  const expected = kind === 'Abstract' ? ['hash', 'html'] : ['file', 'pdf'];
  if (view !== expected[0] || extension !== expected[1]) return null;
  return { year, hash, track };
}

/** The venue people cite for a track: NeurIPS, or its Datasets and Benchmarks track. */
export function neuripsVenueName(track: string): string {
  return /datasets_and_benchmarks/i.test(track) ? 'NeurIPS Datasets and Benchmarks' : 'NeurIPS';
}

export function neuripsIdentity(paper: NeuripsPaper): Identity {
  const url = `https://proceedings.neurips.cc/paper_files/paper/${paper.year}/hash/${paper.hash}-Abstract${paper.track}.html`;
  return { key: `url:${url}`, kind: 'paper', url };
}

/**
 * Before 2020 a paper was `papers.nips.cc/paper/{number}-{slug}`, its PDF the same plus
 * `.pdf` (`/paper/7181-attention-is-all-you-need.pdf`): one record, keyed by the page. No
 * year or hash to map it to the hash URL without a look-up.
 */
export function neuripsLegacyIdentity(segments: string[]): Identity | null {
  const [paper, file, ...rest] = segments;
  const slug = /^(\d+-[\w-]+?)(?:\.pdf)?$/.exec(file ?? '')?.[1];
  if (paper !== 'paper' || !slug || rest.length > 0) return null;
  const url = `https://papers.nips.cc/paper/${slug}`;
  return { key: `url:${url}`, kind: 'paper', url };
}

function identifyNeuripsUrl(url: URL, segments: string[]): Identity | null {
  if (!NEURIPS_HOSTS.has(url.hostname)) return null;
  const paper = neuripsPaperFromSegments(segments);
  return paper ? neuripsIdentity(paper) : neuripsLegacyIdentity(segments);
}

export const neuripsUrls: UrlRule = {
  site: 'neurips',
  // The papers' BibTeX files, which complete a record saved from a PDF (./source.ts).
  hostPermissions: ['https://proceedings.neurips.cc/*'],
  identify: identifyNeuripsUrl,
};
