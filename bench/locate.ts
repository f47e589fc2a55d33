/**
 * Finds where a snippet lives in a page and says what kind of page part that is
 * (comments, navigation, a related-posts list, a cookie box…), for the benchmark's
 * failure analysis. Reads the document only.
 */
import { CONTENT_PLACES, PLACE_RULES, TEXT_RULES } from './kinds';
import { compact } from './text-match';

/** The deepest element whose text holds the snippet (whitespace ignored), or null when the page's text lacks it. */
export function locate(doc: Document, snippet: string): Element | null {
  const wanted = compact(snippet);
  let here: Element | null = doc.body;
  if (!here || !compact(here.textContent ?? '').includes(wanted)) return null;
  for (;;) {
    let next: Element | null = null;
    for (let child: Element | null = here.firstElementChild; child; child = child.nextElementSibling) {
      if (compact(child.textContent ?? '').includes(wanted)) {
        next = child;
        break;
      }
    }
    if (!next) return here;
    here = next;
  }
}

/** The names an element carries: id and class, lower case. */
function namesOf(el: Element): string {
  return `${el.id} ${el.getAttribute('class') ?? ''}`.toLowerCase();
}

/** The kind of the nearest ancestor (or the element itself) that a PLACE_RULE recognises. */
function kindByPlace(el: Element): string | null {
  for (let up: Element | null = el; up; up = up.parentElement) {
    const tag = up.localName;
    const role = up.getAttribute('role') ?? '';
    const names = namesOf(up);
    for (const rule of PLACE_RULES) {
      if (rule.tags?.includes(tag) || (role && rule.roles?.includes(role)) || (names.trim() && rule.names?.test(names))) {
        return rule.kind;
      }
    }
  }
  return null;
}

/** What kind of page part holds `snippet`: by its place in the page, else by its words. */
export function kindOf(doc: Document, snippet: string): string {
  const el = locate(doc, snippet);
  if (!el) return 'not in the page text';
  const byPlace = kindByPlace(el);
  if (byPlace) return byPlace;
  const byText = TEXT_RULES.find((r) => r.pattern.test(snippet));
  return byText ? `${byText.kind} (by its words)` : 'other';
}

/** The article structure holding a snippet (list, table, quote, heading…), or 'paragraph / other'. */
export function contentPlaceOf(doc: Document, snippet: string): string {
  const el = locate(doc, snippet);
  if (!el) return 'not in the page text';
  for (let up: Element | null = el; up; up = up.parentElement) {
    const tag = up.localName;
    const place = CONTENT_PLACES.find((p) => p.tags.includes(tag));
    if (place) return place.kind;
  }
  return 'paragraph / other';
}

/** Names of the positions `positionOf` tells. */
const POSITIONS = {
  before: 'before the text found',
  after: 'after the text found',
  inside: 'inside the text found',
  none: 'no article text found',
  absent: 'not in the page text',
} as const;

/**
 * Where a snippet sits relative to the `with` snippets that were found, in page order: before
 * all of them (for a missing snippet, a cut start; for a leaked one, text above the article),
 * after all (a cut ending; trailing boilerplate), between, or 'no article text found' when
 * none was found.
 */
export function positionOf(doc: Document, snippet: string, found: readonly string[]): string {
  const text = compact(doc.body?.textContent ?? '');
  const at = text.indexOf(compact(snippet));
  if (at < 0) return POSITIONS.absent;
  const others = found.map((s) => text.indexOf(compact(s))).filter((i) => i >= 0);
  if (!others.length) return POSITIONS.none;
  if (at > Math.max(...others)) return POSITIONS.after;
  if (at < Math.min(...others)) return POSITIONS.before;
  return POSITIONS.inside;
}
