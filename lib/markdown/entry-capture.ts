/**
 * Builds the `Capture` an imported entry stands for. Keys come from lib/identity.ts so an
 * imported arXiv entry and a later capture of the same paper are one record.
 */
import { identify, identityRecords } from '../identity';
import type { Capture, ItemKind } from '../types';

/** A link an entry points at, as a capture with the given title; null for non-work links. */
export function captureFromLink(url: string, title: string): Capture | null {
  if (url === '' || url.startsWith('#')) return null;
  const identity = identify(url);
  if (!identity) return null;
  const capture: Capture = { key: identity.key, kind: identity.kind, url: identity.url, title };
  Object.assign(capture, identityRecords(identity));
  if (identity.contextKey) capture.contextKey = identity.contextKey;
  return capture;
}

/**
 * Wiki entries (`- "Title" - comment`) carry no link: their identity is their title, so
 * the same entry imported twice is still one record.
 */
export function captureFromTitle(title: string, kind: ItemKind): Capture {
  const normalized = title.toLowerCase().replace(/\s+/g, ' ').trim();
  return { key: `title:${normalized}`, kind, url: '', title };
}

/** Code links (`([github](…))`, awesome repo badges) that name a GitHub repository. */
export function isCodeUrl(url: string): boolean {
  return identify(url)?.kind === 'repo';
}

/** Remembers the destination as written, to write it back while the item keeps that URL. */
export function linkShape(
  url: string,
  capture: Capture,
): { linkUrl: string; linkCanonical: string } {
  return { linkUrl: url, linkCanonical: capture.url };
}
