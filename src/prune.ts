/**
 * Removes found elements from their document, outermost first: an element
 * inside another found element goes with it and is not counted again.
 * Independent of the order the elements were found in (jsdom's
 * querySelectorAll does not always return selector lists in document order).
 *
 * @param found each element with what to count for it (null: nothing).
 * @returns what to count for each element removed, in the order found.
 */
export function removeOutermost<T>(found: ReadonlyMap<Element, T | null>): T[] {
  const removed: T[] = [];
  for (const [el, what] of found) {
    if (!el.isConnected || hasAncestorIn(el, found)) continue;
    el.remove();
    if (what !== null) removed.push(what);
  }
  return removed;
}

/** Is one of the element's ancestors a key of `found`? */
export function hasAncestorIn(el: Element, found: ReadonlyMap<Element, unknown>): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (found.has(up)) return true;
  return false;
}
