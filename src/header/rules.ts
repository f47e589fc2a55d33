/**
 * Data tables for the header stage (src/header): where an article's header
 * keeps its byline, date, kicker and standfirst. Selectors are tried in order;
 * the first that matches a usable element wins. All of them are looked for
 * inside the article's header only (see HEADER_CONTAINERS), never the whole page,
 * so an author box in a sidebar or a date in a list of other posts is not taken.
 */

/**
 * The article title among the page's `<h1>`s: the first that matches
 * TITLE_MARKED, else the first inside TITLE_SCOPE, else the first.
 */
export const TITLE_MARKED = '.entry-title, [itemprop="headline"]';
/** Where an article's own `<h1>` sits (a site's logo `<h1>` does not). */
export const TITLE_SCOPE = 'article, main';

/**
 * The element that holds the title and its byline, date, kicker and standfirst:
 * the title's closest ancestor matching this. Without one, the title's parent
 * is the header.
 */
export const HEADER_CONTAINERS =
  'header, hgroup, .entry-header, .post-header, .article-header, .article__header, .page-header, .story-header, .headline-wrapper';

/** How many parents up from the title a header without a HEADER_CONTAINERS match may be. */
export const HEADER_MAX_DEPTH = 1;

/** The author's name in a header. The name itself (`.fn`, `[itemprop=name]`) comes before its wrapper. */
export const BYLINE_SELECTORS = [
  '.author.vcard .fn',
  '.byline .fn',
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  'a[rel="author"]',
  '.author-name',
  '.entry-author-name',
  '.post-author .meta-text a',
  '.byline',
  '.post-author',
  '.author',
] as const;

/** A byline longer than this (characters) is a paragraph, not a name (Readability's own limit). */
export const MAX_BYLINE_CHARS = 100;

/** The publication time in a header: an element whose `datetime` (or `content`) attribute holds it. */
export const PUBLISHED_SELECTORS = [
  'time.entry-date.published',
  'time.published',
  'time[itemprop="datePublished"]',
  '[itemprop="datePublished"][content]',
  'time.dt-published',
  'time[pubdate]',
  'time[datetime]:not(.updated)',
] as const;

/** A machine-readable date: starts with a year, month and day. */
export const MACHINE_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The small label above a title: a section or category ("Energy", "Analysis"). */
export const KICKER_SELECTORS = [
  '.kicker',
  '.eyebrow',
  '.overline',
  '.entry-categories a[rel~="tag"]',
  '.cat-links a[rel~="tag"]',
  '.post-categories a',
  '.article-section',
  '.section-label',
  '[itemprop="articleSection"]',
] as const;

/** A kicker longer than this (characters) is not a label. */
export const MAX_KICKER_CHARS = 60;

/** A kicker found this near the start of the article text (characters) was kept by Readability: it is not shown twice. */
export const KICKER_KEPT_WITHIN = 300;

/** The standfirst (dek, subtitle) under a title. */
export const STANDFIRST_SELECTORS = [
  '.standfirst',
  '.dek',
  '.entry-summary',
  '.subtitle',
  '.subheadline',
  '.sub-headline',
  '.article-summary',
  '.article__standfirst',
  '[itemprop="description"]',
] as const;

/** A standfirst is a sentence or two: shorter than this (characters) is a label, longer is body text. */
export const STANDFIRST_CHARS = { min: 20, max: 400 } as const;

/** JSON-LD types that describe an article (Readability's list). */
export const JSON_LD_ARTICLE_TYPES =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

/** JSON-LD scripts read at most (a page with more is not one article). */
export const MAX_JSON_LD_SCRIPTS = 8;
