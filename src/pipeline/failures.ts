import type { FailReason } from '../types';

/** What the reader is told when a page cannot be read. Plain words, no traces. */
export const FAILURE_MESSAGES: Record<FailReason, string> = {
  restricted: 'Browsers do not let extensions read this page (browser pages, the extension store and built-in viewers are off limits).',
  'not-article': 'This page does not look like an article, so there is no text for Pith to read here.',
  empty: 'This page is empty: there is no text for Pith to read.',
  'too-large': 'This page is too large for Pith to read without freezing the tab.',
  error: 'Pith could not read this page. Reloading it and trying again may help.',
};
