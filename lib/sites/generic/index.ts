/**
 * Any page: the last site in the list, answering for whatever the others decline.
 * URL rule: ./url.ts (the `url:` fallback of lib/identity.ts).
 */
import type { Site } from '../types';
import { generic as genericExtractor } from './generic';

export const generic: Site = {
  name: 'generic',
  extractors: [genericExtractor],
};
