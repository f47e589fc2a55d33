/**
 * The library page: the saved articles listed from the index (never from
 * article bodies), sorted, filtered by site and tag, tagged, selected for
 * export and deleted with undo; search over the whole library (built after
 * first paint, see indexer.ts); the reading list in its own tab. The DOM it
 * keeps stable for tests and the benchmark: /work/notes/library-contract.md.
 */
import { formatNumber, localize, t, tn } from '../../lib/i18n';
import { send } from '../../lib/send';
import { announce } from '../../lib/status';
import { loadTheme, saveTheme } from '../../lib/theme';
import type { FigureQuery } from '../../src/library/figure-query';
import { isSort, withTags } from '../../src/library/list';
import { THEMES, type Theme } from '../../src/storage/settings';
import type { ArticleList, IndexEntry, Result, SavedArticle } from '../../src/storage/types';
import { byId } from '../../lib/dom';
import { setupExport } from './export';
import type { Indexer } from './indexer';
import { setupKeys } from './keys';
import { showLinks } from './links';
import { ListView, PAGE_SIZE, type ListQuery } from './list-view';
import './style.css';

/** How long a deleted article can be brought back, in milliseconds. */
const UNDO_MS = 10_000;

/** Pause after the last keystroke before searching, in milliseconds. */
const SEARCH_DELAY_MS = 120;

/** The search index: its code is loaded and built after the first paint. */
let indexer: Indexer | null = null;
/** Changes made on the page (delete, tags, undo): a list read while one happened is read again. */
let changes = 0;
const selected = new Set<string>();
const searchBox = byId<HTMLInputElement>('search');
const sortMenu = byId<HTMLSelectElement>('sort');
const siteMenu = byId<HTMLSelectElement>('filter-site');
const tagMenu = byId<HTMLSelectElement>('filter-tag');

const view = new ListView({
  selected: (id) => selected.has(id),
  onSelect: (id, on) => {
    if (on) selected.add(id);
    else selected.delete(id);
    showSelection();
  },
  onDelete: (id) => void deleteArticle(id),
  onTags: (id, tags) => void setTags(id, tags),
  onAddTags: (id, typed) => void setTags(id, withTags(view.entry(id)?.tags ?? [], typed)),
});

const say = (message: string): void => announce(message);

function query(): ListQuery {
  return {
    search: searchBox.value.trim(),
    sort: isSort(sortMenu.value) ? sortMenu.value : 'newest',
    filter: { site: siteMenu.value, tag: tagMenu.value },
  };
}

/** Renders the list for the current search, sort and filters. */
function refresh(): void {
  const q = query();
  let answer = null;
  let ms: number | null = null;
  if (q.search !== '') {
    // A search typed before the index exists is answered as soon as it does (see loadRest).
    if (!indexer) return;
    const started = performance.now();
    answer = indexer.search.search(q.search);
    ms = performance.now() - started;
  }
  view.update(q, answer, ms);
  byId('figure-query').textContent = answer?.figure ? t('libraryFigureQuery', describeFigure(answer.figure)) : '';
  showControls();
}

/**
 * Sort, filters, "Select all" and "Export all" act on the whole library, so
 * they wait (disabled, the bar saying "Loading all N articles…") until it has
 * arrived rather than act on the first rows only; sorting also waits while
 * searching (results are ranked).
 */
function showControls(): void {
  const loading = view.missing > 0;
  sortMenu.disabled = loading || query().search !== '';
  for (const id of ['filter-site', 'filter-tag', 'select-all', 'export-all']) byId<HTMLSelectElement | HTMLInputElement | HTMLButtonElement>(id).disabled = loading;
  document.body.dataset.list = loading ? 'loading' : 'complete';
  byId('view-articles').setAttribute('aria-busy', String(loading));
  if (loading) byId('index-progress').textContent = t('libraryLoadingAll', formatNumber(view.entries.length + view.missing));
  showSelection();
}

/** A figure query as understood ("> US$100M", "≥ 40 %", "2,029"), so the reader sees how it was read. */
function describeFigure(q: FigureQuery): string {
  const op = q.op === null || q.op === '=' ? '' : ({ '>': '>', '>=': '≥', '<': '<', '<=': '≤' } as const)[q.op];
  const isCurrency = q.unit !== null && /^[A-Z]{3}$/.test(q.unit);
  let amount = '';
  if (q.value !== null) {
    amount = isCurrency
      ? formatNumber(q.value, { style: 'currency', currency: q.unit ?? 'USD', notation: 'compact' })
      : `${formatNumber(q.value, { notation: q.value >= 1e6 ? 'compact' : 'standard', useGrouping: q.op !== null })} ${q.unit ?? ''}`;
  } else amount = q.unit ?? '';
  return `${op} ${amount}`.trim();
}

function showSelection(): void {
  byId('selected-count').textContent = selected.size > 0 ? tn('librarySelectedCount', selected.size) : '';
  const all = byId<HTMLInputElement>('select-all');
  const matching = view.matching;
  all.checked = matching.length > 0 && matching.every((e) => selected.has(e.id));
  all.indeterminate = !all.checked && matching.some((e) => selected.has(e.id));
}

// ---------------------------------------------------------------- tags, delete, undo

async function setTags(id: string, tags: string[]): Promise<void> {
  const res = await send({ type: 'article/set-tags', id, tags });
  if (!res.ok) return say(res.message);
  changes++;
  replaceEntry(res.value);
  indexer?.addEntries([res.value]);
  view.refreshRow(res.value);
  view.fillFilters();
  say(t('libraryTagsSaved'));
}

function replaceEntry(entry: IndexEntry): void {
  const i = view.entries.findIndex((e) => e.id === entry.id);
  if (i >= 0) view.entries[i] = entry;
  else view.entries.unshift(entry);
}

let undoTimer: ReturnType<typeof setTimeout> | undefined;

async function deleteArticle(id: string): Promise<void> {
  const full = await send({ type: 'article/get', id });
  if (!full.ok) return say(full.message);
  const res = await send({ type: 'article/delete', id });
  if (!res.ok) return say(res.message);
  changes++;
  const row = document.querySelector<HTMLElement>(`li.article[data-id="${CSS.escape(id)}"]`);
  const next = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
  view.entries = view.entries.filter((e) => e.id !== id);
  selected.delete(id);
  indexer?.search.remove(id);
  view.fillFilters();
  refresh();
  const nextRow = next?.dataset.id ? document.querySelector<HTMLElement>(`li.article[data-id="${CSS.escape(next.dataset.id)}"]`) : null;
  nextRow?.focus();
  offerUndo(full.value);
}

function offerUndo(article: SavedArticle): void {
  const toast = byId('toast');
  const text = t('libraryDeleted', article.title);
  byId('toast-text').textContent = text;
  say(text);
  toast.hidden = false;
  clearTimeout(undoTimer);
  undoTimer = setTimeout(() => (toast.hidden = true), UNDO_MS);
  byId<HTMLButtonElement>('undo').onclick = async () => {
    clearTimeout(undoTimer);
    toast.hidden = true;
    const res = await send({ type: 'article/restore', article });
    if (!res.ok) return say(res.message);
    changes++;
    replaceEntry(res.value);
    view.entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    indexer?.addEntries([res.value]);
    view.fillFilters();
    refresh();
    say(t('libraryRestored', article.title));
  };
}

// ---------------------------------------------------------------- controls

function setupControls(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  searchBox.oninput = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, SEARCH_DELAY_MS);
  };
  searchBox.onkeydown = (event) => {
    if (event.key === 'Enter') {
      clearTimeout(timer);
      refresh();
    }
  };
  for (const menu of [sortMenu, siteMenu, tagMenu]) menu.onchange = refresh;
  byId<HTMLInputElement>('select-all').onchange = (event) => {
    const on = (event.target as HTMLInputElement).checked;
    for (const e of view.matching) {
      if (on) selected.add(e.id);
      else selected.delete(e.id);
    }
    for (const box of document.querySelectorAll<HTMLInputElement>('#articles input.select')) box.checked = on;
    showSelection();
  };
  const theme = byId<HTMLSelectElement>('theme');
  theme.onchange = async () => {
    if (!(THEMES as readonly string[]).includes(theme.value)) return;
    const failed = await saveTheme(theme.value as Theme);
    if (failed) say(failed);
  };
  void loadTheme().then((value) => (theme.value = value));
  setupTabs();
}

function setupTabs(): void {
  const tabs = [byId('tab-articles'), byId('tab-links')];
  const panels = [byId('view-articles'), byId('view-links')];
  const choose = (i: number) => {
    tabs.forEach((tab, j) => {
      tab.setAttribute('aria-selected', String(i === j));
      tab.tabIndex = i === j ? 0 : -1;
      const panel = panels[j];
      if (panel) panel.hidden = i !== j;
    });
    tabs[i]?.focus();
    if (i === 1) void showLinks(say);
  };
  tabs.forEach((tab, i) => {
    tab.onclick = () => choose(i);
    tab.onkeydown = (event) => {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') choose(1 - i);
    };
  });
}

// ---------------------------------------------------------------- start

function showIndexProgress(indexed: number, done: number, total: number): void {
  document.body.dataset.indexed = String(indexed);
  const finished = done >= total;
  document.body.dataset.indexState = finished ? 'ready' : 'building';
  byId('index-progress').textContent = finished
    ? t('libraryIndexed', formatNumber(indexed))
    : t('libraryIndexing', [formatNumber(done), formatNumber(total)]);
  // A search typed while the index grows is answered again with the new articles.
  if (query().search !== '' && (finished || done % 1000 < 100)) refresh();
}

/** Shows a list answer's problems; its entries, or null when it failed. */
function received(res: Result<ArticleList>): ArticleList | null {
  byId('loading').hidden = true;
  if (!res.ok) {
    say(res.message);
    return null;
  }
  const problems = byId('problems');
  problems.textContent = res.value.problems.join('\n');
  problems.hidden = res.value.problems.length === 0;
  return res.value;
}

/** Paints the newest articles (the answer to a limited `article/list`); how many are still to come is kept. */
async function paintFirst(listing: Promise<Result<ArticleList>>): Promise<void> {
  const list = received(await listing);
  performance.mark('pith:library:list-received');
  view.entries = list?.articles ?? [];
  view.missing = list ? Math.max(0, (list.total ?? list.articles.length) - list.articles.length) : 0;
  refresh();
}

/** Reads the whole list (again if an article changed on the page meanwhile) and shows it. */
async function loadAll(): Promise<void> {
  let seen: number;
  let list: ArticleList | null;
  do {
    seen = changes;
    list = received(await send({ type: 'article/list' }));
  } while (seen !== changes);
  if (list) view.complete(list.articles, query());
  else view.missing = 0;
  byId('index-progress').textContent = '';
}

/**
 * After first paint (and after an import): the whole list when the first
 * answer did not hold it all, then the filters, then the search index
 * (entries a slice at a time, then bodies in the background).
 */
async function loadRest(): Promise<void> {
  if (view.missing > 0) await loadAll();
  performance.mark('pith:library:list-complete');
  showControls();
  view.fillFilters();
  const search = indexer ?? new (await import('./indexer')).Indexer();
  await search.addAllEntries(view.entries);
  indexer = search;
  if (query().search !== '') refresh();
  void search.build(view.entries, showIndexProgress);
}

/** Runs `task` once the frame just prepared is on screen. */
function afterPaint(task: () => Promise<void>): void {
  requestAnimationFrame(() => setTimeout(() => void task(), 0));
}

async function start(): Promise<void> {
  // Asked first (only the first screenful): the answer is on its way while the page sets itself up.
  const listing = send({ type: 'article/list', limit: PAGE_SIZE });
  localize();
  setupControls();
  setupKeys({ searchBox, onDelete: (id) => void deleteArticle(id), onEscape: clearSearch });
  setupExport({
    say,
    selectedIds: () => view.entries.filter((e) => selected.has(e.id)).map((e) => e.id),
    allIds: () => view.entries.map((e) => e.id),
    onImported: () => void loadAll().then(loadRest),
  });
  await paintFirst(listing);
  performance.mark('pith:library:first-paint');
  document.body.dataset.ready = '1';
  afterPaint(loadRest);
}

function clearSearch(): void {
  if (searchBox.value === '') return;
  searchBox.value = '';
  refresh();
}

void start();
