/**
 * The standalone .html export: one self-contained, script-free page per
 * article that opens in any browser, offline. The article body passes through
 * the one sanitiser (src/sanitize.ts); every other text is escaped here.
 */
import { sanitizeHtml } from '../sanitize';
import type { Article, Figure } from '../types';
import { figureValueText } from './figures';
import { formatDate, oneLine } from './format';
import { bylineName } from './plain-text';
import { HTML_CSP, HTML_ESCAPES, HTML_STYLE, LABELS, SAFE_LINK } from './rules';

const HTML_SPECIALS = /[&<>"']/g;

/** Text escaped for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIALS, (c) => HTML_ESCAPES[c] ?? c);
}

/** A link to `url` when it is an http(s) address, else the address as plain text. */
function link(url: string, text: string): string {
  return SAFE_LINK.test(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function figuresTable(figures: readonly Figure[]): string {
  const head = LABELS.htmlFigureColumns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = figures.map((f) => {
    const cells = [f.text, figureValueText(f), f.unit, f.measures, f.sentence].map((c) => `<td>${escapeHtml(oneLine(c))}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section><h2>${escapeHtml(LABELS.keyFigures)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function header(article: Article): string {
  const parts: string[] = [];
  if (article.kicker) parts.push(`<p class="kicker">${escapeHtml(oneLine(article.kicker))}</p>`);
  parts.push(`<h1>${escapeHtml(oneLine(article.title))}</h1>`);
  if (article.standfirst) parts.push(`<p class="standfirst">${escapeHtml(oneLine(article.standfirst))}</p>`);
  const meta: string[] = [];
  const byline = bylineName(article.byline);
  if (byline) meta.push(`${escapeHtml(LABELS.by)} ${escapeHtml(byline)}`);
  if (article.siteName) meta.push(escapeHtml(oneLine(article.siteName)));
  if (article.publishedTime) meta.push(`${escapeHtml(LABELS.published)}: ${escapeHtml(formatDate(article.publishedTime))}`);
  if (meta.length > 0) parts.push(`<p class="meta">${meta.join(' · ')}</p>`);
  if (article.url) parts.push(`<p class="meta">${escapeHtml(LABELS.source)}: ${link(article.url, article.url)}</p>`);
  return `<header>${parts.join('')}</header>`;
}

/**
 * The .html export of an article: a complete HTML document with a charset,
 * a Content-Security-Policy that allows no script at all, a small inline
 * stylesheet, the title, byline, site, date and a link to the source, the
 * article (sanitised again, so hostile HTML in a stored article cannot
 * survive), and its key figures as a table. Text direction and language come
 * from the article. Ends with one newline.
 *
 * @param win a window whose DOMPurify instance sanitises the body (the page's, or jsdom's).
 */
export function toStandaloneHtml(article: Article, win: Window): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir === 'rtl' ? ' dir="rtl"' : '';
  const body = sanitizeHtml(article.html, win);
  const figures = article.figures.length > 0 ? figuresTable(article.figures) : '';
  return [
    '<!doctype html>',
    `<html${lang}${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(oneLine(article.title))}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    `<article>${header(article)}<main>${body}</main>${figures}</article>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
