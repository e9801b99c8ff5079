/**
 * Every other github.com page (profiles, trending, topics, a repo page whose markup the
 * repo extractor did not recognise): a page record with GitHub's name and slogan kept out
 * of its title and description.
 */
import { sitePages } from '../generic/page';
import { GITHUB_HOSTS } from './url';

export const githubOther = sitePages('github-other', GITHUB_HOSTS);
