/**
 * Every other github.com page (profiles, trending, topics, a repo page whose markup the
 * repo extractor did not recognise): a page record. GitHub's tab titles end in " · GitHub";
 * its `og:title` on such pages is the slogan "Build software better, together" and its
 * description "GitHub is where people build software…" (https://github.com/trending).
 */
import { sitePages } from '../generic/site-pages';
import { GITHUB_HOSTS, identifyGithub } from './url';

export const githubOther = sitePages(
  'github-other',
  GITHUB_HOSTS,
  {
    titleSuffix: /\s+·\s+GitHub$/,
    boilerplate: /^GitHub is where (?:people|the world) build/i,
  },
  identifyGithub,
);
