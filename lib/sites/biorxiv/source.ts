/** The bioRxiv/medRxiv API completes a preprint saved from its PDF (./api.ts). */
import type { Capture } from '../../types';
import { paperSource } from '../scholarly/paper-source';
import { fetchRxivPaper, type RxivServer } from './api';
import { RXIV_HOSTS } from './url';

interface RxivId {
  doi: string;
  servers: RxivServer[];
}

/** A `doi:10.1101/…` record and the server(s) to ask: its URL's, else both. */
export function rxivIdOf(capture: Pick<Capture, 'key' | 'url'>): RxivId | undefined {
  const doi = /^doi:(10\.1101\/.+)$/.exec(capture.key)?.[1];
  if (!doi) return undefined;
  let host = '';
  try {
    host = new URL(capture.url).hostname;
  } catch {
    // a record without a usable URL: ask both servers
  }
  const server = RXIV_HOSTS.get(host);
  if (server === 'medRxiv') return { doi, servers: ['medrxiv'] };
  if (server === 'bioRxiv') return { doi, servers: ['biorxiv'] };
  return { doi, servers: ['biorxiv', 'medrxiv'] };
}

export const rxivSource = paperSource({
  name: 'bioRxiv API',
  idOf: rxivIdOf,
  cacheKey: (id) => `rxiv:${id.servers.join('+')}:${id.doi}`,
  fetch: (id, capture, deps) => fetchRxivPaper(id.doi, id.servers, capture.version, deps),
});
