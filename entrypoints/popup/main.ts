/**
 * The popup: reads the active tab through the injected script, shows the
 * article, its key figures and related posts, and saves and exports it.
 * All storage goes through the background (lib/send.ts); all HTML through
 * src/sanitize.ts. The ids and data attributes the end-to-end tests rely on are read in
 * tests/e2e/harness.mjs (POPUP_SNAPSHOT); keep them stable.
 */
import { browser } from 'wxt/browser';
import { exportFilename, toMarkdown, toPlainText } from '../../src/export';
import { finishArticle } from '../../src/pipeline/finish';
import { renderHtml } from '../../src/sanitize';
import type { Article, ExtractResult, FailReason } from '../../src/types';
import { failureText, removalLines, storageFailureText } from '../../lib/core-texts';
import { formatDate, localize, t, tn } from '../../lib/i18n';
import { LIBRARY_PAGE } from '../../lib/actions';
import { send } from '../../lib/send';
import { byId, download, h } from '../../lib/dom';
import { announce } from '../../lib/status';
import { renderFigures } from './figures';
import { readingListItem, renderRelated } from './related';
import { setupShortcuts } from './shortcuts';
import { setupTheme } from './theme';
import { setupUnlock } from './unlock';
import './style.css';

const params = new URLSearchParams(location.search);
let current: Article | null = null;

function setState(state: 'loading' | 'article' | 'error' | 'saved'): void {
  document.body.dataset.state = state;
}

/** Shows and announces a status message (lib/status.ts). */
const say = (message: string): void => announce(message);

function showError(reason: FailReason): void {
  const box = byId('error');
  box.dataset.reason = reason;
  box.textContent = failureText(reason);
  box.hidden = false;
  byId('loading').hidden = true;
  byId('reader').hidden = true;
  setState('error');
}

// ---------------------------------------------------------------- reading

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(params.get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Injects the extraction script into the tab (the page part of the pipeline; browsers refuse it
 * on their own pages), then finishes the article here, in the popup's window: what the page sent
 * is checked and its HTML sanitised by `finishArticle` before anything reads it.
 */
async function readTab(tabId: number): Promise<ExtractResult> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  } catch (err) {
    console.info('Pith: the browser refused to let Pith read this tab:', err);
    return { ok: false, reason: 'restricted', message: failureText('restricted') };
  }
  // Firefox does not throw on its own pages (about:support, about:addons…): it returns an array with no injection result.
  if (!results?.[0]) return { ok: false, reason: 'restricted', message: failureText('restricted') };
  const result = finishArticle(results[0].result, window);
  if (!result.ok && result.detail) console.info('Pith: the page could not be read:', result.detail);
  return result;
}

// ---------------------------------------------------------------- rendering

function markSaved(saved: boolean): void {
  const button = byId('save');
  button.dataset.saved = saved ? '1' : '0';
  button.textContent = t(saved ? 'popupSaved' : 'popupSave');
  button.title = t(saved ? 'popupSavedTitle' : 'popupSaveTitle');
}

/** Shows an optional header part as text (with its decorative separator after it, if any), or hides it. */
function showOptional(id: string, text: string | undefined): void {
  const el = byId(id);
  el.textContent = text ?? '';
  el.hidden = !text;
  const sep = el.nextElementSibling;
  if (sep instanceof HTMLElement && sep.getAttribute('aria-hidden') === 'true') sep.hidden = !text;
}

function renderArticle(article: Article, source: 'page' | 'saved'): void {
  current = article;
  document.body.dataset.source = source;
  byId('loading').hidden = true;
  byId('error').hidden = true;
  byId('title').textContent = article.title;
  showOptional('standfirst', article.standfirst);
  showOptional('section', article.kicker);
  byId('byline').textContent = article.byline ?? '';
  byId('site').textContent = article.siteName ?? (article.url ? new URL(article.url).hostname : '');
  const published = byId('published');
  published.textContent = formatDate(article.publishedTime);
  if (article.publishedTime) published.setAttribute('datetime', article.publishedTime);
  byId('reading-time').textContent = tn('popupReadingTime', article.readingMinutes);
  byId('removals').textContent = removalLines(article.removals).join('. ');
  const body = byId('article');
  if (article.lang) body.lang = article.lang;
  body.dir = article.dir === 'rtl' ? 'rtl' : 'auto';
  // Saved articles are read offline and privately: their images are not fetched.
  renderHtml(body, article.html, { images: source === 'saved' ? 'text' : 'load' });
  renderFigures(article, say);
  renderRelated(article, say);
  byId('reader').hidden = false;
  showView('article');
  setState('article');
}

// ---------------------------------------------------------------- actions

async function saveCurrent(): Promise<void> {
  if (!current) return;
  const res = await send({ type: 'article/save', article: current });
  if (!res.ok) return say(storageFailureText(res, 'article'));
  markSaved(true);
  say(t('popupSavedStatus'));
}

async function copyCurrent(): Promise<void> {
  if (!current) return;
  try {
    await navigator.clipboard.writeText(toPlainText(current));
    say(t('popupCopied'));
  } catch {
    say(t('popupCopyRefused'));
  }
}

function exportCurrent(format: 'txt' | 'md'): void {
  if (!current) return;
  const text = format === 'txt' ? toPlainText(current) : toMarkdown(current, document);
  download(exportFilename(current, format), text, format === 'txt' ? 'text/plain;charset=utf-8' : 'text/markdown;charset=utf-8');
  say(t('popupExported', `.${format}`));
}

// ---------------------------------------------------------------- saved view

async function renderSavedView(): Promise<void> {
  const [articles, links] = await Promise.all([send({ type: 'article/list' }), send({ type: 'link/list' })]);
  const problems = byId('saved-problems');
  if (!articles.ok) {
    problems.textContent = storageFailureText(articles, 'article');
    problems.hidden = false;
  } else {
    problems.textContent = articles.value.problems.join(' ');
    problems.hidden = articles.value.problems.length === 0;
  }
  const entries = articles.ok ? articles.value.articles : [];
  byId('saved-empty').hidden = entries.length > 0;
  byId('saved-articles').replaceChildren(
    ...entries.map((entry) => {
      const open = h('button', { type: 'button', class: 'open', 'aria-label': t('popupOpenNamed', entry.title) }, t('popupOpen'));
      const del = h('button', { type: 'button', class: 'delete', 'aria-label': t('popupDeleteNamed', entry.title) }, t('popupDelete'));
      open.onclick = () => openSaved(entry.id);
      del.onclick = async () => {
        const res = await send({ type: 'article/delete', id: entry.id });
        say(res.ok ? t('popupDeleted', entry.title) : storageFailureText(res, 'article'));
        if (current && current.url === entry.url) markSaved(false);
        await renderSavedView();
      };
      const meta = [entry.siteName, t('popupSavedOn', formatDate(entry.savedAt)), tn('popupMinutes', entry.readingMinutes)];
      return h(
        'li',
        { class: 'saved-article', 'data-id': entry.id },
        h('div', {}, h('span', { class: 'saved-title' }, entry.title), h('span', { class: 'saved-meta' }, meta.filter(Boolean).join(' · '))),
        h('span', { class: 'row-actions' }, open, del),
      );
    }),
  );
  const saved = links.ok ? links.value.links : [];
  byId('links-empty').hidden = saved.length > 0;
  const actions = { say, refresh: renderSavedView, openArticle: openSaved };
  byId('saved-links').replaceChildren(...saved.map((link) => readingListItem(link, actions)));
}

async function openSaved(id: string): Promise<void> {
  const res = await send({ type: 'article/get', id });
  if (!res.ok) return say(storageFailureText(res, 'article'));
  renderArticle(res.value, 'saved');
  markSaved(true);
}

function showView(view: 'article' | 'saved'): void {
  byId('view-article').hidden = view !== 'article';
  byId('view-saved').hidden = view !== 'saved';
  byId('tab-article').setAttribute('aria-pressed', String(view === 'article'));
  byId('tab-saved').setAttribute('aria-pressed', String(view === 'saved'));
}

// ---------------------------------------------------------------- start

async function start(): Promise<void> {
  localize();
  void setupTheme(say);
  byId('open-library').onclick = () => void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
  setupShortcuts({ copy: copyCurrent, article: () => byId('tab-article').click(), saved: () => byId('tab-saved').click() });
  byId('save').onclick = saveCurrent;
  byId('copy').onclick = copyCurrent;
  byId('export-txt').onclick = () => exportCurrent('txt');
  byId('export-md').onclick = () => exportCurrent('md');
  byId('tab-article').onclick = () => {
    showView('article');
    setState(current ? 'article' : byId('error').hidden ? 'loading' : 'error');
  };
  byId('tab-saved').onclick = async () => {
    showView('saved');
    setState('saved');
    await renderSavedView();
  };

  const savedId = params.get('saved');
  if (savedId) return openSaved(savedId);

  const tabId = await targetTabId();
  if (tabId === undefined) return showError('restricted');
  void setupUnlock(tabId, say).catch((err) => console.error('Pith: unlock controls failed:', err));
  const result = await readTab(tabId);
  if (!result.ok) return showError(result.reason);
  renderArticle(result.article, 'page');
  const found = await send({ type: 'article/find-by-url', url: result.article.url });
  markSaved(found.ok && found.value !== null);
}

start()
  .catch((err) => {
    console.error('Pith popup failed:', err);
    showError('error');
  })
  .finally(() => {
    document.body.dataset.ready = '1';
  });
