import TurndownService from 'turndown';
import type { Article, Figure, RelatedPost } from '../types';
import { figuresMarkdownTable } from './figures';
import { formatDate, oneLine, yamlString } from './format';
import { gfmTables } from './markdown-tables';
import { bylineName } from './plain-text';
import { EXTRA_MARKDOWN_ESCAPES, LABELS, TURNDOWN_OPTIONS } from './rules';

const LINK_DESTINATION_SPECIALS = /[<>()]/g;
const HEADING_CLOSER = /(\s)(#+)$/;

let service: TurndownService | undefined;

/** The Turndown service, set up once: Pith's options, GFM tables, extra escapes. */
function markdownService(): TurndownService {
  if (!service) {
    const created = new TurndownService(TURNDOWN_OPTIONS).use(gfmTables);
    const escape = created.escape.bind(created);
    created.escape = (text) => escape(text).replace(EXTRA_MARKDOWN_ESCAPES, '\\$&');
    service = created;
  }
  return service;
}

/**
 * The .md export: YAML front matter (title, author, source, site, published,
 * saved), `# Title`, the article converted with Turndown (ATX headings, fenced
 * code, "-" bullets, "_" emphasis, GFM tables, images as `![alt](src)`), then
 * "Key figures" as a table and "Related posts" as a list when there are any.
 * Ends with one newline.
 *
 * @param doc a Document with a window (the popup's `document`, a jsdom document) whose
 *   DOMParser parses the article HTML into an inert document.
 */
export function toMarkdown(article: Article, doc: Document): string {
  const md = markdownService();
  const title = md.escape(oneLine(article.title));
  const body = md.turndown(parseHtml(article.html, doc));
  const parts = [frontMatter(article)];
  // Readability sometimes keeps the title heading in the content: write it once.
  const [firstLine] = body.split('\n', 1);
  if (title && firstLine !== `# ${title}`) parts.push(`# ${title.replace(HEADING_CLOSER, '$1\\$2')}`);
  if (body) parts.push(body);
  if (article.figures.length > 0) parts.push(figuresSection(article.figures, md));
  if (article.related.length > 0) parts.push(relatedSection(article.related, md));
  return `${parts.join('\n\n')}\n`;
}

/**
 * Parses the article HTML into the body of a new, inert document: DOMParser
 * documents run no scripts and load nothing, and no innerHTML is written. The
 * HTML was already sanitised with DOMPurify when the Article was made.
 */
function parseHtml(html: string, doc: Document): HTMLElement {
  const view = doc.defaultView;
  if (!view) throw new TypeError('toMarkdown needs a Document that has a window (for its DOMParser)');
  return new view.DOMParser().parseFromString(html, 'text/html').body;
}

function frontMatter(article: Article): string {
  const fields: Array<[string, string | null]> = [
    ['title', oneLine(article.title)],
    ['author', bylineName(article.byline)],
    ['source', article.url],
    ['site', article.siteName && oneLine(article.siteName)],
    ['published', article.publishedTime && formatDate(article.publishedTime)],
    ['saved', article.extractedAt && formatDate(article.extractedAt)],
  ];
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${yamlString(value ?? '')}`);
  return ['---', ...lines, '---'].join('\n');
}

function figuresSection(figures: Figure[], md: TurndownService): string {
  return [`## ${LABELS.keyFigures}`, '', figuresMarkdownTable(figures, LABELS.figureColumns, (t) => md.escape(t))].join('\n');
}

/**
 * The key figures alone as Markdown: a heading naming the article, its
 * source, and a table of rank, figure, value, unit, what it measures and
 * its sentence. Ends with one newline.
 */
export function figuresToMarkdown(article: Pick<Article, 'title' | 'url' | 'figures'>): string {
  const md = markdownService();
  const escape = (t: string): string => md.escape(t);
  const lines = [`# ${LABELS.keyFigures}: ${escape(oneLine(article.title))}`, ''];
  if (article.url) lines.push(`${LABELS.source}: [${escape(article.url)}](${linkDestination(article.url)})`, '');
  lines.push(figuresMarkdownTable(article.figures, LABELS.figureTableColumns, escape));
  return `${lines.join('\n')}\n`;
}

function relatedSection(posts: RelatedPost[], md: TurndownService): string {
  const items = posts.map((post) => {
    const meta = [post.author && oneLine(post.author), post.date && formatDate(post.date)].filter(Boolean).join(' · ');
    const link = `[${md.escape(oneLine(post.title) || post.url)}](${linkDestination(post.url)})`;
    return meta ? `- ${link} — ${md.escape(meta)}` : `- ${link}`;
  });
  return [`## ${LABELS.relatedPosts}`, '', ...items].join('\n');
}

/** A URL as a Markdown link destination (as Turndown writes them): `<>()` escaped, `<…>` around spaces. */
function linkDestination(url: string): string {
  const escaped = url.replace(LINK_DESTINATION_SPECIALS, '\\$&');
  return escaped.includes(' ') ? `<${escaped}>` : escaped;
}
