/**
 * GitHub: repositories (their page, then the REST API for what it lacks) and the pages
 * inside a repo (issues, pull requests, files). URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { githubFields } from './fields';
import { githubPage } from './page';
import { githubRepo } from './repo';
import { githubOther } from './other';

export const github: Site = {
  name: 'github',
  extractors: [githubRepo, githubPage, githubOther],
  fields: githubFields,
};
