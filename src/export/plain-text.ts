import type { Article } from '../types';
import { formatDate, oneLine } from './format';
import { BYLINE_PREFIX, LABELS } from './rules';

/** A byline without its own leading "By", or '' when there is none. */
export function bylineName(byline: string | null): string {
  return byline ? oneLine(byline).replace(BYLINE_PREFIX, '') : '';
}

/**
 * The .txt export: the title, "By …" when there is a byline, "Source: <url>",
 * "Published: YYYY-MM-DD" when known, a blank line, then the article's
 * structured plain text. Ends with one newline.
 */
export function toPlainText(article: Article): string {
  const head: string[] = [oneLine(article.title)];
  const byline = bylineName(article.byline);
  if (byline) head.push(`${LABELS.by} ${byline}`);
  if (article.url) head.push(`${LABELS.source}: ${article.url}`);
  if (article.publishedTime) head.push(`${LABELS.published}: ${formatDate(article.publishedTime)}`);
  const header = head.filter((line) => line !== '').join('\n');
  const body = article.text.trim();
  return body === '' ? `${header}\n` : `${header}\n\n${body}\n`;
}
