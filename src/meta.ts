/**
 * Reading a page's `<meta>` and JSON-LD elements by walking their tag's list
 * rather than with attribute selectors, which some DOMs (jsdom) match by
 * visiting every element of the page. A page has a few dozen of them.
 */

/** The content of the first `<meta>` whose `property` or `name` is `key`, if it is not blank. */
function contentOf(metas: HTMLCollectionOf<Element>, key: string): string | null {
  for (const meta of metas) {
    if (meta.getAttribute('property') !== key && meta.getAttribute('name') !== key) continue;
    const content = meta.getAttribute('content');
    if (content?.trim()) return content;
  }
  return null;
}

/** The content of the page's first `<meta>` (by `property` or `name`) for the first of `keys` that has one. */
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  const metas = doc.getElementsByTagName('meta');
  for (const key of keys) {
    const content = contentOf(metas, key);
    if (content !== null) return content;
  }
  return null;
}

/** Whether a `<script>` element holds JSON-LD. */
export function isJsonLd(script: Element): boolean {
  return script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
}

/** The page's JSON-LD scripts, in document order. */
export function jsonLdScripts(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('script')).filter(isJsonLd);
}
