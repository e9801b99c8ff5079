/**
 * The `arxiv` record of a paper in the shared code: backup checks, merging a new capture
 * (the newest version wins what changes between versions; the first version's date never
 * changes), search (`arxiv:2106.09608v2`) and the `[id] Title` tab title.
 */
import { withoutUndefined } from '../../util/defined';
import type { FieldRules } from '../types';

const ARXIV_TAB = /^\[([^\]]+)\] (.*)$/s;

export const arxivFields: FieldRules = {
  field: 'arxiv',
  validate(arxiv, where, check) {
    check.string(arxiv, 'id', where, { nonEmpty: true });
    check.number(arxiv, 'version', where, true);
    for (const name of ['published', 'updated', 'primaryCategory', 'comments', 'doi']) {
      check.string(arxiv, name, where, { optional: true });
    }
    check.webUrl(arxiv, 'pdfUrl', where);
  },
  merge(existing, incoming, older) {
    if (!existing.arxiv || !incoming.arxiv) return {};
    const arxiv = older
      ? { ...incoming.arxiv, ...existing.arxiv }
      : { ...existing.arxiv, ...withoutUndefined(incoming.arxiv) };
    // The first version's date never changes; keep whichever side knows it.
    arxiv.published = existing.arxiv.published ?? incoming.arxiv.published;
    return { arxiv };
  },
  searchText: (capture) =>
    capture.arxiv
      ? `arxiv:${capture.arxiv.id}${capture.arxiv.version ? `v${capture.arxiv.version}` : ''}`
      : '',
  tabTitle: {
    read(pageTitle, capture) {
      if (!capture.arxiv) return undefined;
      const match = ARXIV_TAB.exec(pageTitle);
      return match?.[2] && match[1] === capture.arxiv.id ? { title: match[2] } : undefined;
    },
    write: (capture) => (capture.arxiv ? `[${capture.arxiv.id}] ${capture.title}` : undefined),
  },
};
