/** The plain-text stage: structured text of the clean article, word counts, reading time. */
export { htmlToText } from './html-to-text';
export { cellsOf, isLayoutTable } from './table';
export { countWords, readingMinutes } from './words';
