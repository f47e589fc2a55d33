/**
 * The reader view of a saved article (`reader.html?id=<id>`): read from
 * storage through the background, rendered through src/sanitize.ts with
 * images as their alt text (nothing is fetched from any server), with the
 * figures panel beside it and the reader's theme and typography. DOM contract:
 * /work/notes/library-contract.md.
 */
import { formatDate, localize, t } from '../../lib/i18n';
import { send } from '../../lib/send';
import { announce } from '../../lib/status';
import { renderHtml } from '../../src/sanitize';
import type { SavedArticle } from '../../src/storage/types';
import { byId, h } from '../../lib/dom';
import { highlight } from './highlight';
import { setupSettings } from './settings';
import '../library/base.css';
import './style.css';

const say = (message: string): void => announce(message);

function fail(message: string): void {
  const box = byId('error');
  box.textContent = message;
  box.hidden = false;
  byId('loading').hidden = true;
  document.body.dataset.state = 'error';
}

/** Text of an element, or hides it when there is none. */
function fillText(id: string, text: string | null | undefined): void {
  const el = byId(id);
  el.textContent = text ?? '';
  el.hidden = !text;
}

function render(a: SavedArticle): void {
  document.title = a.title;
  const body = byId('article');
  // The article's own texts take its language and direction; the page's labels keep the UI's.
  for (const el of [body, byId('title'), byId('site'), byId('byline')]) {
    if (a.lang) el.lang = a.lang;
    el.dir = a.dir === 'rtl' || a.dir === 'ltr' ? a.dir : 'auto';
  }
  fillText('title', a.title);
  fillText('site', a.siteName);
  fillText('byline', a.byline);
  fillText('reading-time', t('readerReadingTime', String(a.readingMinutes)));
  const published = byId('published');
  published.textContent = formatDate(a.publishedTime ?? '');
  if (a.publishedTime) published.setAttribute('datetime', a.publishedTime);
  const saved = byId('saved-at');
  saved.textContent = t('readerSavedAt', formatDate(a.savedAt));
  saved.setAttribute('datetime', a.savedAt);
  const source = byId<HTMLAnchorElement>('source');
  if (/^https?:/i.test(a.url)) source.href = a.url;
  else source.hidden = true;
  renderHtml(body, a.html, { images: 'text' });
  renderFigures(a, body);
  byId('loading').hidden = true;
  byId('reader').hidden = false;
  document.body.dataset.state = 'article';
}

function renderFigures(a: SavedArticle, body: HTMLElement): void {
  const panel = byId('figures-panel');
  panel.hidden = false;
  byId('figures-none').hidden = a.figures.length > 0;
  const list = byId('figures');
  if (a.lang) list.lang = a.lang;
  list.dir = a.dir === 'rtl' ? 'rtl' : 'auto';
  list.replaceChildren(
    ...a.figures.map((f) => {
      const button = h('button', { type: 'button', class: 'figure-text', 'aria-label': t('readerFigureShow', f.text) }, f.text);
      button.onclick = () => {
        if (!highlight(body, f.sentence, f.text)) say(t('readerFigureNotFound'));
      };
      return h(
        'li',
        { class: 'figure', 'data-position': String(f.position), 'data-kind': f.kind, 'data-unit': f.unit },
        button,
        f.measures ? h('span', { class: 'figure-measures' }, f.measures) : null,
      );
    }),
  );
}

async function start(): Promise<void> {
  localize();
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key === 'Escape' && !target?.closest('select, input')) location.assign('library.html');
  });
  const settingsReady = setupSettings(say);
  const id = new URLSearchParams(location.search).get('id');
  if (!id) fail(t('readerNoId'));
  else {
    const res = await send({ type: 'article/get', id });
    if (res.ok) render(res.value);
    else fail(res.message);
  }
  await settingsReady;
  document.body.dataset.ready = '1';
}

void start();
