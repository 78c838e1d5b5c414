// The listing pages of stories: 10 a page, newest first.
import { localeCodes } from '../i18n/locales';
import type { Story } from './load-library';
import { paginate } from './pagination';

export const STORIES_PER_PAGE = 10;

export function storyPages(stories: readonly Story[]) {
  return localeCodes.flatMap((lang) => paginate(stories, STORIES_PER_PAGE).map((slice) => ({ lang, ...slice })));
}
