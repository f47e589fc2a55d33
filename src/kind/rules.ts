/**
 * Data tables for the page-kind check (src/kind): how a page says it is an
 * article. A page that says so is read even when its text is short (a short
 * blog post, a note); any other page needs the usual length to read as one.
 */
import { JSON_LD_ARTICLE_TYPES } from '../header/rules';

/** The `property` or `name` of the meta tags that name the page's kind (Open Graph). */
export const KIND_META: readonly string[] = ['og:type'];

/** Open Graph kinds that mean "an article". */
export const ARTICLE_KINDS = /^(?:article|blog|blogposting|newsarticle)$/i;

/** An article `@type` as it appears in a JSON-LD script's text (the header stage's list of types, without parsing). */
export const JSON_LD_ARTICLE_TYPE = new RegExp(String.raw`"@type"\s*:\s*\[?\s*"${JSON_LD_ARTICLE_TYPES.source.slice(1, -1)}"`);

/** JSON-LD scripts read at most. */
export const MAX_KIND_SCRIPTS = 8;
