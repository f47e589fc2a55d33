/** Exports of an Article: .txt, .md and safe filenames. */
export { exportFilename } from './filename';
export { toMarkdown } from './markdown';
export { toPlainText } from './plain-text';
