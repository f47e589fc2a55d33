/**
 * Export and import on the library page: the format menu, "Export
 * selected" / "Export all" with a progress bar and Cancel, and importing a
 * .json export. The work is src/export/archive.ts; this file only wires it to
 * the page and hands the result to the reader as a download. The export code
 * (converters, DOMPurify, zip) is loaded on first use, not with the page.
 */
import { t, tn } from '../../lib/i18n';
import { send } from '../../lib/send';
import type { ExportFormat, Progress } from '../../src/export/archive';
import type { ArticleBatch } from '../../src/storage/types';
import { byId, download, h } from '../../lib/dom';

/** The formats offered, in menu order, with their label keys. */
const FORMATS: readonly [ExportFormat, string][] = [
  ['md', 'libraryFormatMd'],
  ['txt', 'libraryFormatTxt'],
  ['html', 'libraryFormatHtml'],
  ['json', 'libraryFormatJson'],
  ['csv', 'libraryFormatCsv'],
];

/** What export needs from the page. */
export interface ExportHooks {
  say: (message: string) => void;
  selectedIds: () => string[];
  allIds: () => string[];
  /** Called after an import changed the library. */
  onImported: () => void;
}

let running: AbortController | null = null;

function showProgress(p: Progress | null): void {
  const bar = byId<HTMLProgressElement>('export-progress');
  bar.hidden = p === null;
  byId('export-cancel').hidden = p === null;
  if (p) {
    bar.max = Math.max(1, p.total);
    bar.value = p.done;
  }
}

async function load(ids: string[]): Promise<ArticleBatch> {
  const res = await send({ type: 'article/get-many', ids });
  return res.ok ? res.value : { articles: [], problems: [res.message] };
}

/** Runs one long job (export or import) with the progress bar and Cancel; one at a time. */
async function withProgress<T>(hooks: ExportHooks, job: (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<T>): Promise<T | null> {
  if (running) return null;
  running = new AbortController();
  showProgress({ done: 0, total: 1 });
  try {
    return await job(running.signal, showProgress);
  } catch (error) {
    hooks.say(error instanceof DOMException && error.name === 'AbortError' ? t('libraryExportCancelled') : String(error));
    return null;
  } finally {
    running = null;
    showProgress(null);
  }
}

async function runExport(ids: string[], hooks: ExportHooks): Promise<void> {
  const format = byId<HTMLSelectElement>('export-format').value as ExportFormat;
  if (ids.length === 0) return hooks.say(t('libraryExportNothing'));
  const links = format === 'json' ? await send({ type: 'link/list' }) : null;
  const { exportArticles } = await import('../../src/export/archive');
  const result = await withProgress(hooks, (signal, onProgress) =>
    exportArticles(ids, { format, doc: document, load, links: links?.ok ? links.value.links : [], signal, onProgress }),
  );
  if (!result) return;
  download(result.file.name, result.file.data, result.file.type);
  hooks.say([tn('libraryExported', result.exported), ...result.problems].join(' '));
}

async function runImport(file: File, hooks: ExportHooks): Promise<void> {
  const text = await file.text();
  const { importLibrary } = await import('../../src/export/archive');
  const outcome = await withProgress(hooks, (signal, onProgress) => importLibrary(text, { send, signal, onProgress }));
  if (!outcome) return;
  if (!outcome.ok) return hooks.say(outcome.message);
  const r = outcome.report;
  hooks.say(t('libraryImported', [r.added, r.updated, r.skipped].map(String)));
  hooks.onImported();
}

/** Wires the export and import controls. */
export function setupExport(hooks: ExportHooks): void {
  const menu = byId<HTMLSelectElement>('export-format');
  menu.replaceChildren(...FORMATS.map(([value, key]) => h('option', { value }, t(key))));
  byId('export-selected').onclick = () => void runExport(hooks.selectedIds(), hooks);
  byId('export-all').onclick = () => void runExport(hooks.allIds(), hooks);
  byId('export-cancel').onclick = () => running?.abort();
  const input = byId<HTMLInputElement>('import-file');
  input.onchange = () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void runImport(file, hooks);
  };
}
