/**
 * Every other huggingface.co page the Hub extractors declined: a page record with the
 * Hub's name kept out of its title and its site-wide description left out.
 */
import { sitePages } from '../generic/page';
import { HF_HOSTS } from './url';

export const huggingfaceOther = sitePages('huggingface-other', HF_HOSTS);
