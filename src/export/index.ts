/** Exports of an Article: .txt, .md, its key figures (CSV, JSON, Markdown) and safe filenames. */
export { exportFilename } from './filename';
export { figuresToCsv, figuresToJson, figuresToText } from './figures';
export { figuresToMarkdown, toMarkdown } from './markdown';
export { toPlainText } from './plain-text';
