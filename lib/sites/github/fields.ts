/**
 * The `repo` record of a GitHub repository in the shared code: backup checks, merging
 * (what a new capture knows wins), search (`owner/name`) and GitHub's tab title
 * (`GitHub - owner/name: description`).
 */
import { withoutUndefined } from '../../util/defined';
import type { FieldRules } from '../types';

const GITHUB_TAB = /^GitHub - ([^/\s]+)\/([^:\s]+)(?:: (.*))?$/s;

export const githubFields: FieldRules = {
  field: 'repo',
  validate(repo, where, check) {
    check.string(repo, 'owner', where, { nonEmpty: true });
    check.string(repo, 'name', where, { nonEmpty: true });
    check.number(repo, 'stars', where, true);
    check.strings(repo, 'topics', where);
    for (const name of ['language', 'license', 'homepage'])
      check.string(repo, name, where, { optional: true });
  },
  merge: (existing, incoming) =>
    existing.repo && incoming.repo
      ? { repo: { ...existing.repo, ...withoutUndefined(incoming.repo) } }
      : {},
  searchText: (capture) => (capture.repo ? `${capture.repo.owner}/${capture.repo.name}` : ''),
  tabTitle: {
    read(pageTitle, capture) {
      if (capture.kind !== 'repo') return undefined;
      const match = GITHUB_TAB.exec(pageTitle);
      if (!match?.[2]) return undefined;
      return match[3] ? { title: match[2], description: match[3] } : { title: match[2] };
    },
    write(capture) {
      if (capture.kind !== 'repo' || !capture.repo) return undefined;
      const description = capture.description ? `: ${capture.description}` : '';
      return `GitHub - ${capture.repo.owner}/${capture.repo.name}${description}`;
    },
  },
};
