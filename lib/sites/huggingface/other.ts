/**
 * Every other huggingface.co page the Hub extractors declined: a page record. The Hub's
 * tab titles end in " · Hugging Face" (or " - Hugging Face"), and its description on every
 * page is the slogan "We’re on a journey to advance and democratize artificial intelligence…".
 */
import { sitePages } from '../generic/site-pages';
import { identify } from '../../identity';
import { HF_HOSTS } from './url';

export const huggingfaceOther = sitePages(
  'huggingface-other',
  HF_HOSTS,
  {
    titleSuffix: /\s+[·-]\s+Hugging Face$/,
    boilerplate: /^We[’']re on a journey to advance/i,
  },
  identify,
);
