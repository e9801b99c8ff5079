/**
 * PMLR URL rules: a paper's page (`proceedings.mlr.press/v{volume}/{name}.html`) and its PDF
 * (`…/v{volume}/{name}/{name}.pdf`, older volumes `…/v{volume}/{name}.pdf`) are one record,
 * keyed by the page (PMLR papers have no DOI).
 */
import type { Identity, UrlRule } from '../types';

export const PMLR_HOSTS = new Set(['proceedings.mlr.press', 'www.proceedings.mlr.press']);
const VOLUME = /^v(\d+)$/;
// `ioffe15`, `smith23a`, `pmlr-v202-smith23a`: letters, digits, `-` and `_`.
const NAME = /^[\w-]+$/;

export interface PmlrPaper {
  volume: string;
  name: string;
}

export function pmlrPaperFromSegments(segments: string[]): PmlrPaper | null {
  const [volumeText, first, second] = segments;
  const volume = VOLUME.exec(volumeText ?? '')?.[1];
  if (!volume || !first) return null;
  let name: string | undefined;
  if (segments.length === 2) name = /^(.+)\.(?:html|pdf)$/i.exec(first)?.[1];
  else if (segments.length === 3 && second?.toLowerCase() === `${first}.pdf`.toLowerCase())
    name = first;
  return name && NAME.test(name) && !name.endsWith('-supp') ? { volume, name } : null;
}

export function pmlrIdentity(paper: PmlrPaper): Identity {
  const url = `https://proceedings.mlr.press/v${paper.volume}/${paper.name}.html`;
  return { key: `url:${url}`, kind: 'paper', url };
}

function identifyPmlrUrl(url: URL, segments: string[]): Identity | null {
  if (!PMLR_HOSTS.has(url.hostname)) return null;
  const paper = pmlrPaperFromSegments(segments);
  return paper ? pmlrIdentity(paper) : null;
}

export const pmlrUrls: UrlRule = {
  site: 'pmlr',
  // The volumes' BibTeX files, which complete a record saved from a PDF (./source.ts).
  hostPermissions: ['https://proceedings.mlr.press/*'],
  identify: identifyPmlrUrl,
};
