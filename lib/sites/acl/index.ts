/**
 * ACL Anthology: paper pages and their PDFs, one record (by the ACL's DOI where it gives
 * one). Read through `activeTab`. URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { aclPage } from './page';

export const acl: Site = {
  name: 'acl',
  extractors: [aclPage],
};
