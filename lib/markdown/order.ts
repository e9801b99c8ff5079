/** arXiv ids in time order, for sections that list papers newest first. */
import type { Capture } from '../types';

/** A number that orders arXiv ids by submission (old-style ids before 2007 too). */
export function arxivOrder(id: string): number {
  const modern = /^(\d{2})(\d{2})\.(\d{4,5})$/.exec(id);
  if (modern) return (2000 + Number(modern[1])) * 1e8 + Number(modern[2]) * 1e6 + Number(modern[3]);
  const old = /\/(\d{2})(\d{2})(\d{3})$/.exec(id);
  if (old) {
    const yy = Number(old[1]);
    return (yy >= 91 ? 1900 + yy : 2000 + yy) * 1e8 + Number(old[2]) * 1e6 + Number(old[3]);
  }
  return Number.NaN;
}

export function paperOrder(capture: Pick<Capture, 'arxiv'>): number {
  return capture.arxiv ? arxivOrder(capture.arxiv.id) : Number.NaN;
}

/** Whether ids mostly run newest first (the seed has a few out of place). */
export function isNewestFirst(orders: number[]): boolean {
  const known = orders.filter((order) => !Number.isNaN(order));
  if (known.length < 2) return false;
  let down = 0;
  for (let i = 1; i < known.length; i++) if ((known[i - 1] ?? 0) >= (known[i] ?? 0)) down++;
  return down / (known.length - 1) >= 0.7;
}

/** Papers newest first, then everything else in its saved order. */
export function newestFirst<T extends Pick<Capture, 'arxiv'>>(items: T[]): T[] {
  // Keys computed once: the comparator runs n log n times.
  const keyed = items.map((item) => ({ item, order: paperOrder(item) }));
  const papers = keyed.filter((entry) => !Number.isNaN(entry.order));
  papers.sort((a, b) => b.order - a.order);
  const others = keyed.filter((entry) => Number.isNaN(entry.order));
  return [...papers, ...others].map((entry) => entry.item);
}
