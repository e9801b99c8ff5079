/**
 * Hugging Face: models, datasets and spaces (header JSON, then the Hub API), paper pages
 * (the arXiv record) and other Hub pages. URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { huggingfaceFields } from './fields';
import { huggingfacePage } from './page';
import { huggingfacePaper } from './paper';
import { huggingfaceRepo } from './repo';
import { huggingfaceOther } from './other';

export const huggingface: Site = {
  name: 'huggingface',
  extractors: [huggingfacePaper, huggingfaceRepo, huggingfacePage, huggingfaceOther],
  fields: huggingfaceFields,
};
