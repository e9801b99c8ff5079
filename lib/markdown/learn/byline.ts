/**
 * Whether an entry's description is a byline (`Tom B. Brown et al. NeurIPS 2020`,
 * `Kitaev, Kaiser. ICLR 2020`): its authors first. A `[Title](url) - words` entry with one
 * is a paper entry of the list's own shape, whose new entries carry the new work's authors
 * and venue; the named style would write the new work with no words at all.
 */
import { splitText } from './build';

export function isByline(text: string | undefined): boolean {
  if (text === undefined) return false;
  const first = splitText(text.trim()).find((node) => node.k !== 'lit' || node.text.trim() !== '');
  return first?.k === 'authors';
}
