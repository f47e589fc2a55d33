/**
 * Data tables for the page-kind check (src/kind): how a page says it is an
 * article. A page that says so is read even when its text is short (a short
 * blog post, a note); any other page needs the usual length to read as one.
 */

/** Meta tags that name the page's kind, and the values that mean "an article". */
export const KIND_META = 'meta[property="og:type"], meta[name="og:type"]';
export const ARTICLE_KINDS = /^(?:article|blog|blogposting|newsarticle)$/i;

/** A JSON-LD `@type` of an article (the header stage's list, as it appears in a script's text). */
export const JSON_LD_ARTICLE_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle)"/;

/** JSON-LD scripts read at most. */
export const MAX_KIND_SCRIPTS = 8;
