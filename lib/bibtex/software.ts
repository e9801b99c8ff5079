/**
 * GitHub repositories, Hugging Face models/datasets/spaces and any other page: `@misc`
 * entries that say where the thing is and when it was seen, since none has a venue.
 */
import type { Capture } from '../types';
import { type BibEntry, Fields } from './entry';
import { type EscapeOptions, urlCommand } from './escape';
import { citedYear } from './year';

/** A GitHub repository: its owner as author, its description as the note. */
export function repoEntry(
  capture: Capture,
  key: string,
  savedAt: number,
  options: EscapeOptions,
): BibEntry {
  const owner = capture.repo?.owner;
  const fields = new Fields(options)
    .creators('author', owner ? [{ literal: owner }] : capture.authors)
    .title(capture.title)
    .raw('howpublished', urlCommand(capture.url))
    .text('year', citedYear(capture, savedAt))
    .text('note', capture.description);
  return { type: 'misc', key, lines: fields.lines };
}

/** A Hugging Face model, dataset or space: published by Hugging Face at its URL. */
export function hubEntry(
  capture: Capture,
  key: string,
  savedAt: number,
  options: EscapeOptions,
): BibEntry {
  const owner = capture.hub?.owner;
  const fields = new Fields(options)
    .creators(
      'author',
      capture.authors?.length ? capture.authors : owner ? [{ literal: owner }] : [],
    )
    .title(capture.title)
    .text('publisher', 'Hugging Face')
    .raw('howpublished', urlCommand(capture.url))
    .text('year', citedYear(capture, savedAt))
    .verbatim('doi', capture.doi)
    .verbatim('url', capture.url);
  return { type: 'misc', key, lines: fields.lines };
}

/** Any other page: where it is and the day it was read (`note={Accessed 2024-05-01}`). */
export function pageEntry(
  capture: Capture,
  key: string,
  savedAt: number,
  options: EscapeOptions,
): BibEntry {
  const accessed = new Date(savedAt).toISOString().slice(0, 10);
  const fields = new Fields(options)
    .creators('author', capture.authors)
    .title(capture.title)
    .raw('howpublished', urlCommand(capture.url))
    .text('year', citedYear(capture, savedAt))
    .verbatim('doi', capture.doi)
    .verbatim('url', capture.url)
    .text('note', `Accessed ${accessed}`);
  return { type: 'misc', key, lines: fields.lines };
}
