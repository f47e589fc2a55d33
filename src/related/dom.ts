/** `NodeFilter.SHOW_ELEMENT`, without the global. */
export const SHOW_ELEMENT = 1;

/** `root` and every element under it, in document order (one tree walk, no selector engine). */
export function* elementsOf(root: Element): Generator<Element> {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) yield node as Element;
}
