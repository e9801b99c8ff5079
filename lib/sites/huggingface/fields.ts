/**
 * The `hub` record of a Hugging Face model, dataset or space in the shared code: backup
 * checks, merging (what a new capture knows wins), search (the Hub id) and the Hub's tab
 * title (`Title · Hugging Face`).
 */
import { withoutUndefined } from '../../util/defined';
import type { FieldRules } from '../types';

const HF_TAB = /^(.*) · Hugging Face$/s;

export const huggingfaceFields: FieldRules = {
  field: 'hub',
  validate(hub, where, check) {
    check.oneOf(hub, 'type', ['model', 'dataset', 'space'], where);
    check.string(hub, 'id', where, { nonEmpty: true });
    check.string(hub, 'owner', where);
    check.number(hub, 'likes', where, true);
    check.number(hub, 'downloads', where, true);
    for (const name of ['pipelineTag', 'license', 'library', 'sdk'])
      check.string(hub, name, where, { optional: true });
  },
  merge: (existing, incoming) =>
    existing.hub && incoming.hub
      ? { hub: { ...existing.hub, ...withoutUndefined(incoming.hub) } }
      : {},
  searchText: (capture) => capture.hub?.id ?? '',
  tabTitle: {
    read(pageTitle, capture) {
      if (!capture.hub) return undefined;
      const match = HF_TAB.exec(pageTitle);
      return match?.[1] ? { title: match[1] } : undefined;
    },
    write: (capture) => (capture.hub ? `${capture.title} · Hugging Face` : undefined),
  },
};
