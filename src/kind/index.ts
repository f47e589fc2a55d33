/**
 * The page-kind check: whether a page says it is an article, in its Open
 * Graph type or its JSON-LD. Read before Readability, which removes the
 * page's scripts. The pipeline then reads a short text on such a page
 * (LIMITS.minDeclaredArticleChars) instead of refusing it as "not an article";
 * pages that do not say so need the usual length (LIMITS.minArticleChars).
 */
import { jsonLdScripts, metaContent } from '../meta';
import { ARTICLE_KINDS, JSON_LD_ARTICLE_TYPE, KIND_META, MAX_KIND_SCRIPTS } from './rules';

/** Whether `doc` says it is an article (og:type, or an article type in its JSON-LD). Cheap: one meta query and a few scripts. */
export function declaresArticle(doc: Document): boolean {
  const kind = metaContent(doc, KIND_META)?.trim() ?? '';
  if (ARTICLE_KINDS.test(kind)) return true;
  const scripts = jsonLdScripts(doc).slice(0, MAX_KIND_SCRIPTS);
  return scripts.some((script) => JSON_LD_ARTICLE_TYPE.test(script.textContent ?? ''));
}
