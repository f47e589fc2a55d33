/**
 * Exports of an Article: .txt, .md, standalone .html, its key figures (CSV, JSON, Markdown) and safe
 * filenames; of the library: the versioned .json, .zip archives and import, with progress and cancel.
 */
export { exportFilename } from './filename';
export { figuresToCsv, figuresToJson, figuresToText, libraryFiguresCsv } from './figures';
export { figuresToMarkdown, toMarkdown } from './markdown';
export { toPlainText } from './plain-text';
export { escapeHtml, toStandaloneHtml } from './html';
export { parseLibrary, toLibraryJson, type LibraryExport } from './library-json';
export { exportArticles, importLibrary, type ExportFormat, type Progress } from './archive';
